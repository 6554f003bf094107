import torch
from torch import nn

shared = nn.Linear(2, 2)
model = nn.Sequential(shared, nn.ReLU(), shared, nn.Sequential(nn.Tanh(), nn.Linear(2, 1)))
print([type(m).__name__ for m in model.children()])
print([name for name, _ in model.named_modules()])
print(len(list(model.modules())))
print([name for name, _ in model.named_parameters()])
print(len(list(model.parameters())))
print(model.get_submodule("3.1"))
