# nn.Identity, nn.Sequential with an OrderedDict, nn.ModuleList and nn.ModuleDict
from collections import OrderedDict
import torch
import torch.nn as nn

m = nn.Identity(54, unused_argument1=0.1, unused_argument2=False)
print(m(torch.randn(128, 20)).size())
model = nn.Sequential(OrderedDict([
    ('conv1', nn.Conv2d(1, 20, 5)),
    ('relu1', nn.ReLU()),
    ('conv2', nn.Conv2d(20, 64, 5)),
    ('relu2', nn.ReLU())
]))
print(model)
print(model.conv2, model[1])
ml = nn.ModuleList([nn.Linear(10, 10) for i in range(3)])
print(len(ml), ml[-1])
md = nn.ModuleDict({'conv': nn.Conv2d(10, 10, 3), 'pool': nn.MaxPool2d(3)})
print(md)
