# Box constraints in a projected-gradient loop: clamp with tensor bounds.
import torch

lo = torch.tensor([0.0, -1.0, 0.5], dtype=torch.float64)
hi = torch.tensor([1.0, 0.0, 2.0], dtype=torch.float64)
x = torch.tensor([2.0, 2.0, 2.0], dtype=torch.float64, requires_grad=True)
target = torch.tensor([3.0, -3.0, 1.0], dtype=torch.float64)
for _ in range(20):
    loss = ((x - target) ** 2).sum()
    (g,) = torch.autograd.grad(loss, x)
    with torch.no_grad():
        x.copy_(torch.clamp(x - 0.1 * g, lo, hi))
print(x.detach().round(decimals=6))
print(torch.clamp(torch.tensor([5.0]), max=torch.tensor([1.0])))
