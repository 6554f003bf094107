import torch
from torch.utils.data import Subset, TensorDataset, DataLoader

torch.manual_seed(3)
ds = TensorDataset(torch.arange(12).reshape(6, 2), torch.tensor([0, 1, 0, 1, 0, 1]))
sub = Subset(ds, [5, 0, 2])
print(len(sub), sub[0])
for xb, yb in DataLoader(sub, batch_size=2, shuffle=True):
    print(xb, yb)
g = torch.Generator().manual_seed(7)
print([yb.tolist() for _, yb in DataLoader(ds, batch_size=3, shuffle=True, generator=g)])
