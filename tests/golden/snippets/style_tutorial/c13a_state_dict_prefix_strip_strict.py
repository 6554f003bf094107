# A checkpoint saved from a wrapped model has "module." prefixes: strip them, then load with strict=False.
from collections import OrderedDict
import torch
import torch.nn as nn

torch.manual_seed(10)


class Wrapper(nn.Module):
    def __init__(self, m):
        super().__init__()
        self.module = m


net = nn.Sequential(nn.Linear(2, 3), nn.Linear(3, 1))
saved = Wrapper(net).state_dict()
print(list(saved.keys()))

fresh = nn.Sequential(nn.Linear(2, 3), nn.Linear(3, 1))
try:
    fresh.load_state_dict(saved)
except RuntimeError as e:
    print(str(e).splitlines()[0])

clean = OrderedDict((k.removeprefix("module."), v) for k, v in saved.items())
print(fresh.load_state_dict(clean))
print(torch.equal(fresh[0].weight, net[0].weight))

partial = {k: v for k, v in clean.items() if k.startswith("0.")}
partial["extra.bias"] = torch.zeros(1)
result = fresh.load_state_dict(partial, strict=False)
print(result.missing_keys, result.unexpected_keys)

bad = dict(clean)
bad["1.weight"] = torch.zeros(2, 3)
try:
    fresh.load_state_dict(bad)
except RuntimeError as e:
    print(e)
