# k-nearest neighbours with torch.cdist and topk on two synthetic clusters.
import torch

torch.manual_seed(0)
a = torch.randn(20, 2) + torch.tensor([2.0, 2.0])
b = torch.randn(20, 2) + torch.tensor([-2.0, -1.0])
train_x = torch.cat([a, b])
train_y = torch.cat([torch.zeros(20, dtype=torch.long), torch.ones(20, dtype=torch.long)])
test_x = torch.tensor([[1.5, 1.0], [-1.0, -2.0], [0.0, 0.0], [3.0, -1.0]])
dist = torch.cdist(test_x, train_x)
print(dist.shape, dist.min(dim=1))
k = 5
knn_d, knn_i = dist.topk(k, largest=False)
print(knn_i)
votes = train_y[knn_i]
print(votes)
pred = votes.mode(dim=1).values
print(pred)
counts = torch.stack([(votes == c).sum(1) for c in range(2)], dim=1)
print(counts, counts.argmax(1))
weights = 1.0 / (knn_d + 1e-8)
weighted = torch.zeros(len(test_x), 2).scatter_add_(1, votes, weights)
print(weighted.argmax(1))
manual = ((test_x[:, None, :] - train_x[None, :, :]) ** 2).sum(-1).sqrt()
print(torch.allclose(manual, dist, atol=1e-5))
print(torch.cdist(test_x, train_x, p=1)[0, :4])
