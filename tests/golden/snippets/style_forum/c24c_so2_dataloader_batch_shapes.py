# Q: why is my last batch smaller? DataLoader drop_last
import torch
from torch.utils.data import DataLoader, TensorDataset

X = torch.arange(20.0).reshape(10, 2)
y = torch.arange(10)
ds = TensorDataset(X, y)
print(len(ds), ds[3])
for xb, yb in DataLoader(ds, batch_size=4):
    print(xb.shape, yb.tolist())
print(len(DataLoader(ds, batch_size=4, drop_last=True)))
