# nn.Sequential with named layers
from collections import OrderedDict
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(OrderedDict([
    ("hidden", nn.Linear(3, 5)),
    ("act", nn.LeakyReLU(0.01)),
    ("out", nn.Linear(5, 1)),
]))
print(model)
print(model.hidden.out_features, model[2].in_features)
model.add_module("sig", nn.Sigmoid())
print(model(torch.zeros(2, 3)).flatten())
print([k for k in model.state_dict()])
