import torch
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(0)
X = torch.arange(20.0).reshape(10, 2)
y = torch.arange(10)
dataset = TensorDataset(X, y)
print(len(dataset), dataset[3])
loader = DataLoader(dataset, batch_size=4, shuffle=True)
print(len(loader))
for epoch in range(2):
    for xb, yb in loader:
        print(epoch, xb.shape, yb)
print(torch.rand(2))
