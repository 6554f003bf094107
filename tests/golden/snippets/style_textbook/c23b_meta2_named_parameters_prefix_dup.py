import torch
from torch import nn

lin = nn.Linear(2, 2)
m = nn.Sequential(lin, nn.ReLU(), lin)
print([n for n, _ in m.named_parameters()])
print([n for n, _ in m.named_parameters(remove_duplicate=False)])
print([n for n, _ in m.named_parameters(prefix="model")])
print(len(list(m.parameters())), sum(p.numel() for p in m.parameters()))
print([n for n, _ in m.named_modules()])
print(dict(m.named_children()).keys())
