# KL annealing: beta grows linearly then stays at 1
import torch

steps = torch.arange(0, 12)
beta = torch.clamp(steps / 8, max=1.0)
print(beta)
cyclic = (steps % 4) / 3
print(cyclic.clamp(max=1.0))
recon, kl = torch.tensor(50.0), torch.tensor(4.0)
for s in (0, 4, 8, 11):
    print(s, (recon + beta[s] * kl).item())
print(beta.dtype, cyclic.dtype)
