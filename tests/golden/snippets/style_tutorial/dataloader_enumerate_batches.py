# Iterating a TensorDataset in batches with drop_last and shuffle.
import torch
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(32)
x = torch.arange(10, dtype=torch.float32).unsqueeze(1)
y = x * 3
dataset = TensorDataset(x, y)
print(len(dataset), dataset[2])
loader = DataLoader(dataset, batch_size=4, shuffle=True, drop_last=True)
for i, (xb, yb) in enumerate(loader):
    print(i, xb.squeeze(1), yb.shape)
print(len(loader))
