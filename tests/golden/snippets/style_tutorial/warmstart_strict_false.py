# Loading a partial state_dict with strict=False reports the missing and unexpected keys.
import torch
from torch import nn

torch.manual_seed(21)
netA = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
netB = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2), nn.Linear(2, 1))
result = netB.load_state_dict(netA.state_dict(), strict=False)
print(result.missing_keys)
print(result.unexpected_keys)
print(torch.equal(netA[0].weight, netB[0].weight))
try:
    netA.load_state_dict(netB.state_dict())
except RuntimeError as e:
    print(type(e).__name__, e)
