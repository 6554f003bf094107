import math
import torch

eps_start, eps_end, decay = 1.0, 0.05, 200
steps = torch.tensor([0, 50, 100, 200, 500, 1000])
eps = eps_end + (eps_start - eps_end) * torch.exp(-steps / decay)
print(eps)
print(steps.dtype, eps.dtype)
print(eps_end + (eps_start - eps_end) * math.exp(-1.0 * 100 / decay))
linear = torch.clamp(1.0 - steps / 400.0, min=0.05)
print(linear)
