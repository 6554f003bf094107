# Q: loading a checkpoint saved from a wrapped model: keys start with "module." and loading fails.
from collections import OrderedDict

import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Linear(2, 2)
saved = OrderedDict(("module." + k, v) for k, v in net.state_dict().items())
print(list(saved.keys()))
fresh = nn.Linear(2, 2)
try:
    fresh.load_state_dict(saved)
except RuntimeError as e:
    print(e)
fixed = OrderedDict((k.removeprefix("module."), v) for k, v in saved.items())
print(fresh.load_state_dict(fixed))
print(torch.equal(fresh.weight, net.weight))
try:
    nn.Linear(3, 2).load_state_dict(net.state_dict())
except RuntimeError as e:
    print(e)
