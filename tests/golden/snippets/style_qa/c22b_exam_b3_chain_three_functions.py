import torch

# Exam B3-20. h(x) = log(1 + exp(sin(x))). Compute h'(x) at x = pi/4 step by step.
import math
x = torch.tensor(math.pi / 4, dtype=torch.float64, requires_grad=True)
u = torch.sin(x)
v = torch.exp(u)
h = torch.log1p(v)
for t in (u, v, h):
    t.retain_grad()
h.backward()
print(f"dh/dv={v.grad.item():.6f} dh/du={u.grad.item():.6f} dh/dx={x.grad.item():.6f}")
print(f"{(torch.sigmoid(u) * torch.cos(x)).item():.6f}")
