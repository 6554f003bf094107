# Q: printing large losses, where did my digits go?
import torch

big = torch.tensor([1e10, 2.5e10])
print(big)
print(torch.tensor([99999.0, 100000.0]))
print(torch.tensor([100000.0, 1.5]))
print(torch.tensor(16777217.0))
print(torch.tensor(16777217.0, dtype=torch.float64))
print(torch.tensor([1e20, -1e-20]))
