# Q: naming the layers of nn.Sequential with an OrderedDict, indexing, slicing and appending.
from collections import OrderedDict
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(OrderedDict([
    ('fc1', nn.Linear(4, 8)),
    ('relu1', nn.ReLU()),
    ('fc2', nn.Linear(8, 2)),
]))
print(model)
print(model.fc1, model[0] is model.fc1)
print(model[:2])
print(list(model.state_dict().keys()))
model.add_module('softmax', nn.Softmax(dim=1))
model.append(nn.Identity())
print(len(model), [type(m).__name__ for m in model])
try:
    model['fc1']
except TypeError as e:
    print("TypeError:", e)
x = torch.randn(3, 4)
print(model(x).sum(1))
del model[-1]
print(len(model), model[-1])
