# In-place updates cannot change a tensor's dtype: int += float fails
import torch

counts = torch.tensor([1, 2, 3])
counts += 2
print(counts)
try:
    counts += 0.5
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    counts.mul_(torch.tensor([0.5, 0.5, 0.5]))
except RuntimeError as e:
    print("RuntimeError:", e)
print(counts * 0.5, counts.float().add_(0.5))
w = torch.zeros(3)
w += counts
print(w, w.dtype)
