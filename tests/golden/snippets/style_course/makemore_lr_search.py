# Candidate learning rates spaced exponentially with linspace.
import torch

lre = torch.linspace(-3, 0, 1000)
lrs = 10**lre
print(lre[:5])
print(lrs[:5])
print(lrs[-3:], lrs[500])
print(lre[::250])
