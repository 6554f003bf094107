# Nearest prototypes: topk(largest=False) over pairwise squared distances of feature vectors.
import torch

feats = torch.tensor([[0.0, 0.0], [1.0, 1.0], [3.0, 0.0]])
protos = torch.tensor([[0.0, 1.0], [2.0, 0.0], [3.0, 3.0], [1.0, 0.0]])
d2 = ((feats[:, None, :] - protos[None, :, :]) ** 2).sum(-1)
print(d2)
near = d2.topk(2, dim=1, largest=False)
print(near.values, near.indices)
print(d2.argmin(dim=1), d2.min(dim=1))
