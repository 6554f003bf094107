# a deep tanh PINN with xavier init: repr and parameter count
import torch
import torch.nn as nn

torch.manual_seed(12)
layers = [2, 20, 20, 20, 1]
mods = []
for i in range(len(layers) - 1):
    mods.append(nn.Linear(layers[i], layers[i + 1]))
    if i < len(layers) - 2:
        mods.append(nn.Tanh())
net = nn.Sequential(*mods).to(torch.float64)
for m in net.modules():
    if isinstance(m, nn.Linear):
        nn.init.xavier_normal_(m.weight)
        nn.init.zeros_(m.bias)
print(net)
print(sum(p.numel() for p in net.parameters()))
print(net[0].weight.dtype, net[-1].bias)
print(round(net[2].weight.std().item(), 1))
