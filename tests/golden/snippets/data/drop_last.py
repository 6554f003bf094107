import torch
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(42)
ds = TensorDataset(torch.randn(11, 3), torch.randint(0, 2, (11,)))
loader = DataLoader(ds, batch_size=4, shuffle=True, drop_last=True)
print(len(loader))
for i, (xb, yb) in enumerate(loader):
    print(i, xb.shape, yb)
print(len(DataLoader(ds, batch_size=4)), len(DataLoader(ds, batch_size=4, drop_last=True)))
