# Dropout from scratch: keep each unit with probability 1-p and rescale; p=0 and p=1 are special cases.
import torch

def drop(h, p):
    if p == 1.0:
        return h * 0
    keep = torch.rand(h.shape) > p
    return torch.where(keep, h / (1 - p), torch.zeros(()))

torch.manual_seed(90)
h = torch.arange(1, 17, dtype=torch.float32).reshape(4, 4)
for p in (0.0, 0.5, 0.25, 1.0):
    print(p, drop(h, p))
big = torch.ones(1000, 10)
kept = drop(big, 0.3)
print(kept.mean().item(), (kept == 0).float().mean().item())
print(kept.unique())
