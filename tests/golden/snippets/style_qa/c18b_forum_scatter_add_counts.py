# Q: scatter vs scatter_add for counting
import torch

bins = torch.tensor([0, 1, 1, 3, 1])
print(torch.zeros(4).scatter(0, bins, torch.ones(5)))
print(torch.zeros(4).scatter_add(0, bins, torch.ones(5)))
print(torch.bincount(bins))
print(torch.zeros(4, dtype=torch.long).index_add_(0, bins, torch.ones(5, dtype=torch.long)))
try:
    torch.zeros(4).scatter_add(0, bins, torch.ones(5, dtype=torch.long))
except RuntimeError as err:
    print(err)
