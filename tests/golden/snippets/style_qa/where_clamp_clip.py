# Q: replacing negative values: torch.where, clamp and clip.
import torch

x = torch.tensor([-2.0, -0.5, 0.0, 1.5, 3.0])
print(torch.where(x < 0, torch.zeros_like(x), x))
print(torch.where(x < 0, 0.0, x))
print(x.clamp(min=0), x.clamp(-1, 1), torch.clip(x, max=1.0))
print(torch.where(x > 0))
print(x.clamp_(min=-1))
print(x)
i = torch.tensor([-3, 5, 9])
print(i.clamp(0, 6), torch.where(i > 0, i, -i))
