# Printing a model's state_dict and the optimizer's state after one step
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
print(model.state_dict())
opt = torch.optim.Adam(model.parameters(), lr=0.01)
model(torch.randn(4, 2)).sum().backward()
opt.step()
sd = opt.state_dict()
print(sd["param_groups"])
print(sorted(sd["state"][0].keys()), sd["state"][0]["step"])
