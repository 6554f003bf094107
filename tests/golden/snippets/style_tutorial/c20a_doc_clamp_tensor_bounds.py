# torch.clamp with tensor bounds, clamp_min/clamp_max, clip alias, and min > max
import torch

a = torch.tensor([-2., -0.5, 0.5, 2.])
print(torch.clamp(a, min=torch.tensor([-1., 0., 0., 0.]), max=torch.tensor([1.])))
print(torch.clamp_min(a, 0.0), torch.clamp_max(a, 0.0), torch.clip(a, -1, 1))
print(torch.clamp(a, min=1.0, max=-1.0))
print(torch.clamp(torch.tensor([1, 5, 9]), min=3, max=7), torch.clamp(torch.tensor([1, 5, 9]), max=2.5))
try:
    torch.clamp(a)
except RuntimeError as e:
    print("RuntimeError:", e)
