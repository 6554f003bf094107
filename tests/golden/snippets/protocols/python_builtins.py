import math
import torch

t = torch.tensor([3., 1., 2.])
print(sum(t))
print(max(t), min(t))
print(sorted(t))
print(abs(torch.tensor(-2.5)))
print(math.sqrt(torch.tensor(16.)))
print(round(torch.tensor(2.567).item(), 2))
print(2 in t, 5 in t)
