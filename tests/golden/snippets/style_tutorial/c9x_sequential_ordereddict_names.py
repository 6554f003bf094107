# nn.Sequential built from an OrderedDict: names, indexing, slicing, appending.
from collections import OrderedDict
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(OrderedDict([
    ("fc1", nn.Linear(4, 8)),
    ("act1", nn.ReLU()),
    ("fc2", nn.Linear(8, 8)),
    ("act2", nn.GELU()),
    ("out", nn.Linear(8, 2)),
]))
print(model)
print(model.fc1)
print(model[0] is model.fc1, len(model))
print(model[:2])
print(list(model.state_dict().keys()))
model.add_module("softmax", nn.Softmax(dim=1))
print(model[-1])
x = torch.randn(3, 4)
print(model(x).sum(1))
model.append(nn.Identity())
print([n for n, _ in model.named_children()])
del model[5]
print(len(model))
h = model.fc1(x)
print(h.shape, model.act1(h).min().item() >= 0)
print(nn.Sequential(*list(model.children())[:3])(x).shape)
