# Q: difference between tensor(5) and tensor([5])
import torch

a = torch.tensor(5)
b = torch.tensor([5])
print(a.shape, b.shape, a.dim(), b.dim(), a.numel(), b.numel())
print(a == b, (a == b).shape)
print(torch.stack([a, a]).shape, torch.cat([b, b]).shape)
try:
    torch.cat([a, a])
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(b))
try:
    len(a)
except TypeError as e:
    print("TypeError:", e)
