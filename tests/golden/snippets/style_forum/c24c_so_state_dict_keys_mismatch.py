# Q: Missing key(s) / Unexpected key(s) in state_dict
import torch.nn as nn

a = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
b = nn.Sequential(nn.Linear(2, 3), nn.Linear(3, 1))
sd = a.state_dict()
print(list(sd.keys()))
try:
    b.load_state_dict(sd)
except RuntimeError as e:
    print("RuntimeError:", e)
res = b.load_state_dict(sd, strict=False)
print(res.missing_keys, res.unexpected_keys)
