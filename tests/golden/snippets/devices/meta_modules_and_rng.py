# Modules on the meta device: shapes through layers, to("meta"), to_empty, and an untouched RNG.
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(3, 4, device="meta")
print(lin.weight)
print(torch.randn(2))
torch.manual_seed(0)
print(torch.randn(2))
x = torch.empty(5, 3, device="meta")
print(lin(x))
loss = lin(x).pow(2).mean()
loss.backward()
print(loss, lin.weight.grad)
try:
    lin(torch.ones(5, 3))
except RuntimeError as e:
    print("RuntimeError", e)
net = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.LazyLinear(10))
cnn = nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.Conv2d(32, 64, 3), nn.MaxPool2d(2), nn.Flatten())
cnn.to("meta")
print(cnn(torch.empty(8, 1, 28, 28, device="meta")).shape, cnn[0].bias.device)
print(sum(p.numel() for p in cnn.parameters()))
cnn.to_empty(device="cpu")
print(cnn[0].weight.device, cnn[0].weight.shape, cnn[2].bias.is_meta)
with torch.device("meta"):
    m = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3))
print(m[1].running_mean, m[1].num_batches_tracked)
print(m(torch.zeros(4, 2, device="meta")).shape, torch.randn(2))
