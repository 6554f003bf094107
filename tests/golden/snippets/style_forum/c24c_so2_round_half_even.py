# Q: torch.round(2.5) gives 2?
import torch

halves = torch.tensor([0.5, 1.5, 2.5, -0.5, -1.5, 2.675])
print(torch.round(halves))
print(torch.round(halves, decimals=2))
print(torch.floor(halves + 0.5))
print(halves.int(), halves.long(), torch.trunc(halves))
print(round(2.5), round(3.5))
