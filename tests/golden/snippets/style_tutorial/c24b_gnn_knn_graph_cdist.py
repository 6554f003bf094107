# k-nearest-neighbour graph from point coordinates
import torch

pos = torch.tensor([[0., 0.], [1., 0.], [0., 1.], [5., 5.], [5., 6.]])
dist = torch.cdist(pos, pos)
print(dist)
dist.fill_diagonal_(float("inf"))
knn = dist.topk(2, largest=False)
print(knn.indices)
print(knn.values)
src = knn.indices.flatten()
dst = torch.arange(5).repeat_interleave(2)
print(torch.stack([src, dst]))
