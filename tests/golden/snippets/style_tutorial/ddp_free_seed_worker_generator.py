# Reproducibility with DataLoader: a seeded generator for shuffling gives the same batches twice.
import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.arange(10))

def batches(seed):
    g = torch.Generator()
    g.manual_seed(seed)
    return [b[0].tolist() for b in DataLoader(ds, batch_size=4, shuffle=True, generator=g)]

print(batches(0))
print(batches(0) == batches(0), batches(0) == batches(1))
torch.manual_seed(3)
a = [b[0].tolist() for b in DataLoader(ds, batch_size=5, shuffle=True)]
torch.manual_seed(3)
b = [b[0].tolist() for b in DataLoader(ds, batch_size=5, shuffle=True)]
print(a, a == b)
