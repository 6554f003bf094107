# The last batch has one row: BatchNorm1d refuses it in train mode (drop_last fixes it)
import torch
from torch import nn
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(2)
ds = TensorDataset(torch.randn(9, 3), torch.randn(9, 1))
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Linear(4, 1))
for xb, yb in DataLoader(ds, batch_size=4):
    try:
        out = model(xb)
        print("batch", xb.shape[0], "ok", out.shape)
    except ValueError as e:
        print("batch", xb.shape[0], "->", e)
print(len(DataLoader(ds, batch_size=4, drop_last=True)))
