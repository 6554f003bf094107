from collections import OrderedDict

import torch
from torch import nn

model = nn.Sequential(OrderedDict([
    ("fc1", nn.Linear(3, 5)),
    ("act", nn.Tanh()),
    ("fc2", nn.Linear(5, 1)),
]))
print(model)
print(model.fc1)
print(model[2])
print([name for name, _ in model.named_children()])
print(list(model.state_dict().keys()))
