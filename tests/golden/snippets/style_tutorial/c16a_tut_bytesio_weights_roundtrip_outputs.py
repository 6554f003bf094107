# Saving a model's state_dict to an in-memory buffer and loading it into a fresh model
import io
import torch
from torch import nn

torch.manual_seed(1603)
model = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 2))
buffer = io.BytesIO()
torch.save(model.state_dict(), buffer)
print(buffer.tell() > 0)

buffer.seek(0)
state = torch.load(buffer, weights_only=True)
print(list(state.keys()))
print({k: tuple(v.shape) for k, v in state.items()})

clone = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 2))
print(clone.load_state_dict(state))
x = torch.randn(2, 4)
print(torch.equal(model(x), clone(x)))
print(clone(x))
