# Course notebook: torch.save / torch.load of a state_dict to a file in a temporary directory, then strict/non-strict loads.
import os
import tempfile
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.pt")
    torch.save(model.state_dict(), path)
    print(os.path.exists(path), os.path.getsize(path) > 0)
    sd = torch.load(path, weights_only=True)
print(list(sd.keys()))
print({k: tuple(v.shape) for k, v in sd.items()})
new = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
print(new.load_state_dict(sd))
x = torch.randn(2, 4)
print(torch.equal(model(x), new(x)))
bigger = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2), nn.Linear(2, 1))
result = bigger.load_state_dict(sd, strict=False)
print(result.missing_keys, result.unexpected_keys)
try:
    bigger.load_state_dict(sd)
except RuntimeError as e:
    print(str(e).splitlines()[0])
sd2 = {k.replace("0.", "encoder."): v for k, v in sd.items()}
print(list(sd2))
