# torch.utils.data: TensorDataset + DataLoader with batch_size, drop_last, shuffle
import torch
from torch.utils.data import DataLoader, TensorDataset

X = torch.arange(10, dtype=torch.float32).view(10, 1)
y = torch.arange(10) % 2
ds = TensorDataset(X, y)
print(len(ds), ds[3])
for xb, yb in DataLoader(ds, batch_size=4):
    print(xb.flatten(), yb)
print(len(DataLoader(ds, batch_size=4, drop_last=True)))
torch.manual_seed(0)
for xb, yb in DataLoader(ds, batch_size=5, shuffle=True):
    print(xb.flatten())
