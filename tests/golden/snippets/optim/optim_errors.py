import torch
from torch import nn, optim

model = nn.Linear(2, 2)
for make in [lambda: optim.SGD(model.parameters(), lr=-1),
             lambda: optim.SGD(model.parameters(), lr=0.1, nesterov=True),
             lambda: optim.Adam(model.parameters(), betas=(1.0, 0.9)),
             lambda: optim.Adam(model.parameters(), eps=-1.0),
             lambda: optim.SGD([], lr=0.1)]:
    try:
        make()
    except ValueError as e:
        print("ValueError", e)
try:
    optim.SGD(model.weight, lr=0.1)
except TypeError as e:
    print("TypeError", e)
try:
    optim.SGD([model.weight * 2], lr=0.1)
except ValueError as e:
    print("ValueError", e)
optim.SGD([{"params": model.parameters()}, {"params": [model.bias]}], lr=0.1)
