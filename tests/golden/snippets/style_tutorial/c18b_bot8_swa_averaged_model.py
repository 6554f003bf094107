"""Stochastic Weight Averaging with torch.optim.swa_utils.AveragedModel."""
import torch
import torch.nn as nn
from torch.optim.swa_utils import AveragedModel

torch.manual_seed(0)
model = nn.Linear(2, 1)
swa = AveragedModel(model)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(4):
    opt.zero_grad()
    model(torch.randn(3, 2)).sum().backward()
    opt.step()
    swa.update_parameters(model)
print(swa.n_averaged)
print(swa.module.weight.data)
print(model.weight.data)
