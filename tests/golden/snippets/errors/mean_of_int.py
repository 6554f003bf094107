import torch

t = torch.tensor([1, 2, 3])
try:
    t.mean()
except RuntimeError as e:
    print(type(e).__name__, e)
print(t.float().mean())
print(t.sum() / t.numel())
t.std()
