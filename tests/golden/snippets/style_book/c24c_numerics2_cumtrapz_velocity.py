# Section 10.7: velocity and position from sampled acceleration
import torch

t = torch.linspace(0, 4, 9, dtype=torch.float64)
acc = torch.full_like(t, 2.0)
vel = torch.cat([torch.zeros(1, dtype=torch.float64), torch.cumulative_trapezoid(acc, t)])
pos = torch.cat([torch.zeros(1, dtype=torch.float64), torch.cumulative_trapezoid(vel, t)])
print(vel)
print(pos)
print(pos[-1].item(), (t[-1] ** 2).item())
