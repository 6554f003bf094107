# Q: torch.round(2.5) gives 2?
import torch

x = torch.tensor([0.5, 1.5, 2.5, -0.5, -1.5, 2.675])
print(torch.round(x))
print(torch.round(x, decimals=2))
print(torch.floor(x + 0.5))
print(x.int(), x.long(), torch.trunc(x))
print(round(2.5), round(3.5))
