# Q: in-place add with broadcasting: "output with shape [3, 1] doesn't match the broadcast shape [3, 4]".
import torch

a = torch.zeros(3, 1)
b = torch.ones(3, 4)
try:
    a += b
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a.add_(b)
except RuntimeError as e:
    print("RuntimeError:", e)
c = a + b
print(c.shape)
b += a
print(b)
try:
    torch.ones(3).mul_(torch.ones(2, 3))
except RuntimeError as e:
    print("RuntimeError:", e)
x = torch.arange(6.0).view(2, 3)
x -= x.mean(dim=1, keepdim=True)
print(x)
try:
    x -= x.mean(dim=1)
except RuntimeError as e:
    print("RuntimeError:", e)
i = torch.tensor([1, 2, 3])
try:
    i += 0.5
except RuntimeError as e:
    print("RuntimeError:", e)
i *= 2
print(i, i.dtype)
