# Why random init matters: with all weights equal, every hidden unit gets the same gradient forever.
import torch
from torch import nn

torch.manual_seed(36)
mlp = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
for layer in mlp.modules():
    if type(layer) is nn.Linear:
        nn.init.constant_(layer.weight, 0.2)
        nn.init.constant_(layer.bias, 0.0)
inputs = torch.randn(8, 3)
targets = torch.randn(8, 1)
sgd = torch.optim.SGD(mlp.parameters(), lr=0.1)
for it in range(3):
    sgd.zero_grad()
    err = nn.functional.mse_loss(mlp(inputs), targets)
    err.backward()
    sgd.step()
    print(it, err.item())
print(mlp[0].weight.grad)
print(mlp[0].weight)
print(torch.unique(mlp[0].weight, dim=0).shape)
