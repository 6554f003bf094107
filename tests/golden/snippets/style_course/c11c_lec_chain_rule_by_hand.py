# Lecture: the chain rule by hand vs autograd for h(x) = sin(x^2) * exp(-x), float64 and float32.
import math
import torch

def by_hand(x):
    return 2 * x * math.cos(x ** 2) * math.exp(-x) - math.sin(x ** 2) * math.exp(-x)

for dtype in (torch.float64, torch.float32):
    print(dtype)
    for v in [0.3, 1.0, 1.7, 2.5]:
        x = torch.tensor(v, dtype=dtype, requires_grad=True)
        u = x ** 2
        s = torch.sin(u)
        e = torch.exp(-x)
        h = s * e
        h.backward()
        print(f"  x={v}: autograd {x.grad.item()!r}  hand {by_hand(v)!r}")
    print("  last value as tensor:", x.grad)

x = torch.tensor(1.7, dtype=torch.float64, requires_grad=True)
u = x ** 2
u.retain_grad()
s = torch.sin(u)
s.retain_grad()
h = s * torch.exp(-x)
h.backward()
print(u.grad, s.grad, x.grad)
print(torch.exp(-x).item(), (torch.cos(u) * s.grad).item())
