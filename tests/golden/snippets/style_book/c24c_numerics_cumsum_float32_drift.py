# Section 6.1: summing 0.1 many times in float32
import torch

x = torch.full((100000,), 0.1)
c = torch.cumsum(x, dim=0)
print(c[-1].item(), x.sum().item())
print(torch.full((100000,), 0.1, dtype=torch.float64).sum().item())
print(c[[9, 99, 999, 9999]])
print(x.double().cumsum(0)[-1].item())
