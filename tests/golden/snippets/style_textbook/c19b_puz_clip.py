# Puzzle: clamp using where twice
import torch

def clip(a, lo, hi):
    return torch.where(a < lo, lo, torch.where(a > hi, hi, a))

a = torch.tensor([-5, -1, 0, 3, 9])
print(clip(a, -2, 4), a.clamp(-2, 4))
print(clip(a.float(), -2, 4), a.float().clamp(-2, 4))
print(a.clamp(min=0), a.clamp(max=0.5))
print(torch.clamp(a, torch.tensor(-1), torch.tensor(1)))
try:
    a.clamp()
except RuntimeError as e:
    print(e)
