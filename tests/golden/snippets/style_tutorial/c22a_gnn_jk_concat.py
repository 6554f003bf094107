import torch
import torch.nn as nn

torch.manual_seed(14)
A = torch.tensor([[0.5, 0.5, 0.0], [0.5, 0.0, 0.5], [0.0, 0.5, 0.5]])
x = torch.randn(3, 2)
layers = nn.ModuleList([nn.Linear(2, 2) for _ in range(3)])
hs = []
h = x
for lin in layers:
    h = torch.relu(A @ lin(h))
    hs.append(h)
jk = torch.cat(hs, dim=-1)
print(jk.shape)
print(torch.stack(hs).max(dim=0).values)
print(len(layers), layers[0])
