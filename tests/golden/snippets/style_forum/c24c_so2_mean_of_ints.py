# Q: mean() of an integer tensor fails
import torch

t = torch.tensor([1, 2, 3, 4])
try:
    t.mean()
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.float().mean(), t.mean(dtype=torch.float64), t.sum() / t.numel())
try:
    t.std()
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.median(), t.max(), t.prod())
