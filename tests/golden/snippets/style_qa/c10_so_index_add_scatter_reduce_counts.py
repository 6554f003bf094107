# Q: group-by mean with torch ops: index_add_, scatter_reduce and bincount for per-class averages.
import torch

torch.manual_seed(0)
labels = torch.tensor([0, 2, 1, 0, 2, 2])
feats = torch.randn(6, 3)
sums = torch.zeros(3, 3).index_add_(0, labels, feats)
counts = torch.bincount(labels, minlength=3).unsqueeze(1)
print(sums / counts)
means = torch.zeros(3, 3).scatter_reduce(0, labels.unsqueeze(1).expand(-1, 3), feats, reduce="mean", include_self=False)
print(torch.allclose(means, sums / counts))
print(torch.zeros(3).scatter_reduce(0, labels, torch.arange(6.0), reduce="amax"))
print(torch.zeros(3).scatter_add(0, labels, torch.ones(6)))
try:
    torch.zeros(3, 3).index_add_(0, labels.float(), feats)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.zeros(2, 3).index_add_(0, labels, feats)
except (RuntimeError, IndexError) as e:
    print(type(e).__name__, e)
w = torch.randn(3, 3, requires_grad=True)
out = torch.zeros(3, 3).index_add(0, labels[:3], w)
out.sum().backward()
print(w.grad)
