import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.ones(4, 2))
dl = DataLoader(ds, batch_size=2)
try:
    for x, y in dl:
        pass
except Exception as e:
    print(type(e).__name__, e)
for (x,) in dl:
    print(x.shape)
batch = next(iter(dl))
print(type(batch).__name__, len(batch))
