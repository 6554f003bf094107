# np.argsort / np.unique(return_counts=True) translations
import numpy as np
import torch

v = torch.tensor([3, 1, 2, 3, 1, 3])
print(torch.argsort(v, stable=True), np.argsort(v.numpy(), kind="stable"))
u, counts = torch.unique(v, return_counts=True)
print(u, counts)
print(np.unique(v.numpy(), return_counts=True))
u2, inv = torch.unique(v, return_inverse=True)
print(inv, torch.equal(u2[inv], v))
print(torch.sort(v, descending=True))
print(torch.bincount(v))
