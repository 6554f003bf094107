# ranking nodes by degree with sort(stable=True) and argsort
import torch

deg = torch.tensor([3, 1, 3, 0, 2, 1])
vals, order = torch.sort(deg, descending=True, stable=True)
print(vals, order)
print(torch.argsort(deg, stable=True))
print(deg.float() / (deg.numel() - 1))
print(torch.unique(deg, return_counts=True))
