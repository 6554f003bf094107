import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
X = torch.randn(7, 1, 4, 4)
y = torch.randint(0, 3, (7,))
loader = DataLoader(TensorDataset(X, y), batch_size=3, shuffle=False)
for i, (xb, yb) in enumerate(loader):
    print(i, xb.shape, yb.shape, yb.dtype)
xb, yb = next(iter(loader))
print(f"Shape of X [N, C, H, W]: {xb.shape}")
print(f"Shape of y: {yb.shape} {yb.dtype}")
print(loader.batch_size, len(loader.dataset))
