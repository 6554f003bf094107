# Q: building one-hot targets with scatter_, and counting per class with scatter_add_ and bincount.
import torch
import torch.nn.functional as F

labels = torch.tensor([2, 0, 1, 2, 2])
onehot = torch.zeros(5, 3).scatter_(1, labels.unsqueeze(1), 1.0)
print(onehot)
print(torch.equal(onehot, F.one_hot(labels, 3).float()), F.one_hot(labels).dtype)
counts = torch.zeros(3, dtype=torch.long).scatter_add_(0, labels, torch.ones_like(labels))
print(counts, torch.bincount(labels))
weights = torch.tensor([0.5, 1.0, 1.5, 2.0, 2.5])
print(torch.zeros(3).scatter_add_(0, labels, weights))
print(torch.zeros(3).index_add_(0, labels, weights))
src = torch.arange(1.0, 11.0).reshape(2, 5)
idx = torch.tensor([[0, 1, 2, 0, 0], [2, 0, 0, 1, 2]])
print(torch.zeros(3, 5).scatter_(0, idx, src))
try:
    torch.zeros(5, 3).scatter_(1, labels.unsqueeze(1), torch.ones(5))
except RuntimeError as e:
    print(e)
