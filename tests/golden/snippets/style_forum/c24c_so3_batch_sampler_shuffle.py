# Q: shuffle=True with a seeded generator
import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.arange(8))
loader = DataLoader(ds, batch_size=3, shuffle=True, generator=torch.Generator().manual_seed(5))
print([b[0].tolist() for b in loader])
print([b[0].tolist() for b in loader])
try:
    DataLoader(ds, batch_size=2, shuffle=True, sampler=range(8))
except ValueError as e:
    print("ValueError:", e)
