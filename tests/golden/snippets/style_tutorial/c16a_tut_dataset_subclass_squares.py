# A map-style Dataset subclass with __len__ and __getitem__, batched by DataLoader
import torch
from torch.utils.data import Dataset, DataLoader

class CubesDataset(Dataset):
    def __init__(self, n):
        self.points = torch.linspace(-1, 1, n)

    def __len__(self):
        return self.points.numel()

    def __getitem__(self, idx):
        x = self.points[idx]
        return x, x ** 3

ds = CubesDataset(7)
print(len(ds), ds[3])
for i, (xb, yb) in enumerate(DataLoader(ds, batch_size=3)):
    print(i, xb, yb)
print(next(iter(DataLoader(ds, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(0)))))
