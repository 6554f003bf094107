import torch
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(4)
X = torch.randn(12, 3) * torch.tensor([1.0, 10.0, 100.0]) + torch.tensor([0.0, 5.0, -50.0])
mu, sd = X.mean(0), X.std(0)
ds = TensorDataset((X - mu) / sd, torch.arange(12) % 3)
xb, yb = next(iter(DataLoader(ds, batch_size=12)))
print(xb.mean(0).abs().lt(1e-5).tolist(), xb.std(0).round(decimals=3))
print(yb.bincount(), yb.dtype)
print(mu.shape, sd.shape, ds.tensors[0].shape)
