# Q: loading a checkpoint into a model whose layer sizes changed.
import torch
import torch.nn as nn

old = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
new = nn.Sequential(nn.Linear(4, 5), nn.ReLU(), nn.Linear(5, 2))
try:
    new.load_state_dict(old.state_dict())
except RuntimeError as e:
    print(e)
other = nn.Sequential(nn.Linear(4, 3))
result = other.load_state_dict(old.state_dict(), strict=False)
print(result)
print(result.missing_keys, result.unexpected_keys)
