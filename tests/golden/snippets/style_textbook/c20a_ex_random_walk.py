# Exercise: simulate a 1D random walk of 20 steps and find the first time it reaches |x| >= 3
import torch

torch.manual_seed(0)
steps = torch.randint(0, 2, (20,)) * 2 - 1
walk = torch.cumsum(steps, dim=0)
print(walk)
hit = (walk.abs() >= 3).nonzero()
print(hit[0].item() if len(hit) else None)
print(walk.max(), walk.min())
