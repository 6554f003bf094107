# Q: sorting with ties and descending order
import torch

x = torch.tensor([3, 1, 3, 2, 1])
print(x.sort(stable=True))
print(torch.sort(x, descending=True, stable=True).indices)
print(x.argsort(), torch.argsort(x, descending=True, stable=True))
print(torch.msort(torch.tensor([[2, 1], [1, 2]])))
