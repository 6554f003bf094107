import torch

t = torch.tensor([0.0, 0.5, 1.5, 3.0])
rate = torch.tensor([2.0, 3.0, 1.0, 4.0])
print(torch.trapezoid(rate, t))
print(torch.cumulative_trapezoid(rate, t))
print(torch.trapezoid(rate, dx=0.5))
print(torch.diff(t), torch.lerp(rate[:-1], rate[1:], 0.5))
