# random_split into train/valid and iterate with DataLoader
import torch
from torch.utils.data import TensorDataset, DataLoader, random_split

torch.manual_seed(0)
X = torch.randn(50, 4)
y = torch.randint(0, 2, (50,))
ds = TensorDataset(X, y)
train_ds, valid_ds = random_split(ds, [40, 10], generator=torch.Generator().manual_seed(1))
print(len(train_ds), len(valid_ds))
print(valid_ds.indices)
train_dl = DataLoader(train_ds, batch_size=16, shuffle=True)
for xb, yb in train_dl:
    print(xb.shape, yb.sum().item())
