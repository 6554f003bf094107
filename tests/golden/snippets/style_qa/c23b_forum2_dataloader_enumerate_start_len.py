import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.arange(10.0).view(5, 2), torch.arange(5))
dl = DataLoader(ds, batch_size=2)
size = len(dl.dataset)
for batch, (X, y) in enumerate(dl, start=1):
    current = batch * len(X)
    print(f"batch {batch} [{min(current, size):>2d}/{size:>2d}]", X.sum().item())
print(len(dl), dl.dataset.tensors[0].shape)
