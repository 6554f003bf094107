# k-nearest-neighbours baseline with cdist and topk
import torch

torch.manual_seed(3)
X_train = torch.randn(20, 2)
y_train = (X_train[:, 0] > 0).long()
X_test = torch.tensor([[1.0, 0.0], [-1.0, 0.5], [0.1, -0.1]])
d = torch.cdist(X_test, X_train)
print(d.shape)
dist, idx = d.topk(3, largest=False)
votes = y_train[idx]
pred = votes.float().mean(1).round().long()
print("neighbour labels:", votes.tolist())
print("pred:", pred.tolist())
print(dist.round(decimals=4))
