# KL annealing schedules for a VAE: linear warm-up and cyclical
import torch

steps = torch.arange(0, 12)
linear = torch.clamp(steps / 8, max=1.0)
cycle = 4
cyclical = torch.clamp((steps % cycle).float() / (cycle / 2), max=1.0)
print(linear)
print(cyclical)
recon, kl = torch.tensor(50.0), torch.tensor(12.0)
for s in (0, 4, 8):
    print(s, (recon + linear[s] * kl).item())
