import io

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 2))
buf = io.BytesIO()
torch.save(model.state_dict(), buf)
buf.seek(0)
torch.manual_seed(1)
fresh = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 2))
sd = torch.load(buf)
print(type(sd).__name__, list(sd.keys()))
print(fresh.load_state_dict(sd))
x = torch.ones(2, 3)
model.eval()
fresh.eval()
print(model(x))
print(fresh(x))
