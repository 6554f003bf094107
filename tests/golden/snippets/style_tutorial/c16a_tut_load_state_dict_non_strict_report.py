# load_state_dict with strict=False reports missing and unexpected keys; strict=True raises
import torch
from torch import nn

old = nn.Sequential(nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 2))
new = nn.Sequential(nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 2), nn.Softmax(dim=1))
new.add_module("extra", nn.Linear(2, 2))
result = new.load_state_dict(old.state_dict(), strict=False)
print(result.missing_keys)
print(result.unexpected_keys)
sd = old.state_dict()
sd["2.scale"] = torch.ones(1)
try:
    old.load_state_dict(sd)
except RuntimeError as e:
    print(e)
