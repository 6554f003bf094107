"""Saving and loading a model's weights (to an in-memory buffer)."""
import io

import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
buffer = io.BytesIO()
torch.save(model.state_dict(), buffer)
buffer.seek(0)

clone = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
result = clone.load_state_dict(torch.load(buffer))
print(result)
x = torch.ones(1, 2)
print(torch.equal(model(x), clone(x)))
bad = {"0.weight": torch.zeros(2, 2)}
try:
    clone.load_state_dict(bad)
except RuntimeError as e:
    print(e)
print(clone.load_state_dict(bad, strict=False))
