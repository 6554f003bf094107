# Chronological batches with TensorDataset and DataLoader(shuffle=False)
import torch
from torch.utils.data import TensorDataset, DataLoader

series = torch.arange(12.0)
X = series.unfold(0, 3, 1)[:-1]
y = series[3:]
ds = TensorDataset(X, y)
print(len(ds), ds[0])
dl = DataLoader(ds, batch_size=4, shuffle=False, drop_last=False)
for xb, yb in dl:
    print(xb.shape, yb.tolist())
print(len(dl))
dl2 = DataLoader(ds, batch_size=4, drop_last=True)
print(len(dl2))
try:
    TensorDataset(X, y[:-1])
except AssertionError as e:
    print('AssertionError', e)
