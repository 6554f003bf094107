# nn.Sequential built from an OrderedDict, addressed by name.
from collections import OrderedDict
import torch
import torch.nn as nn

torch.manual_seed(33)
model = nn.Sequential(OrderedDict([
    ('fc1', nn.Linear(4, 3)),
    ('act', nn.Tanh()),
    ('fc2', nn.Linear(3, 1)),
]))
print(model)
print(model.fc1.weight.shape, model[2].bias)
out = model(torch.ones(2, 4))
print(out)
print(out.grad_fn.name())
