# Puzzle: arange(start, end + step, step) vs linspace endpoints
import torch

a = torch.arange(0, 1 + 0.25, 0.25)
l = torch.linspace(0, 1, 5)
print(a, l, torch.equal(a, l))
print(torch.arange(0, 1.0001, 0.1).numel(), torch.linspace(0, 1, 11)[-1].item())
print((torch.arange(11) / 10 - torch.linspace(0, 1, 11)).abs().max())
print(torch.linspace(-1, 1, 5, dtype=torch.float64) ** 2)
