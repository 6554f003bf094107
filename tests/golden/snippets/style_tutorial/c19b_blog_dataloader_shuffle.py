# DataLoader: shuffling and drop_last explained
import torch
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(123)
features = torch.arange(10).float().unsqueeze(1)
labels = torch.arange(10) % 2
ds = TensorDataset(features, labels)
dl = DataLoader(ds, batch_size=3, shuffle=True, drop_last=True)
print(f"len(dl) = {len(dl)}")
for epoch in range(2):
    for xb, yb in dl:
        print(epoch, xb.squeeze(1).tolist(), yb.tolist())
print(ds[0])
