# Q: shuffling features and labels in unison with randperm, then splitting into batches.
import torch

torch.manual_seed(42)
X = torch.arange(10).float().view(5, 2)
y = torch.arange(5)
perm = torch.randperm(X.size(0))
print(perm)
X_s, y_s = X[perm], y[perm]
print(X_s)
print(y_s)
print(torch.equal(X_s[:, 0] / 2, y_s.float()))
for xb, yb in zip(X_s.split(2), y_s.split(2)):
    print(xb.shape, yb.tolist())
print([c.shape for c in torch.chunk(X, 3)])
print([c.shape for c in torch.tensor_split(X, 3)])
print([len(c) for c in torch.arange(10).split([3, 3, 4])])
