# Q: torch.sum gives a different result from Python's sum / numpy (float32 accumulation and order).
import numpy as np
import torch

x = torch.full((10,), 0.1)
print(x.sum(), x.sum().item(), sum(x.tolist()))
print(torch.tensor(0.1) * 3 == torch.tensor(0.3), 0.1 * 3 == 0.3)
big = torch.tensor([1e8, 1.0, -1e8])
print(big.sum(), big.double().sum())
a = torch.tensor([16777216.0])
print(a + 1, (a + 1).item(), a.double() + 1)
c = torch.linspace(0, 1, 11)
print(c)
print(c[3].item(), np.float32(0.3).item())
print(torch.arange(0, 1, 0.1))
print(torch.arange(0, 1, 0.1).shape, torch.arange(1, 2.5, 0.5))
print(torch.tensor([1.0, 2.0, 3.0]).mean(), torch.tensor([1, 2, 3]).float().var())
print(torch.finfo(torch.float32).eps, torch.finfo(torch.float32).max)
