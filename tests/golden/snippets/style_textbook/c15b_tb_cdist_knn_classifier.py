# k-nearest neighbours with torch.cdist and topk(largest=False), majority vote with mode.
import torch

torch.manual_seed(37)
train_x = torch.cat([torch.randn(6, 2) + 2, torch.randn(6, 2) - 2])
train_y = torch.tensor([0] * 6 + [1] * 6)
test_x = torch.tensor([[1.5, 2.0], [-2.0, -1.0], [0.1, 0.0]])
dist = torch.cdist(test_x, train_x)
print(dist.shape, dist[0, :3])
knn = dist.topk(3, largest=False)
print(knn.indices)
votes = train_y[knn.indices]
print(votes, votes.mode(dim=1).values)
print(torch.allclose(dist, ((test_x[:, None] - train_x[None]) ** 2).sum(-1).sqrt(), atol=1e-5))
