# Saving and loading models: the state_dict way
import io
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
buf = io.BytesIO()
torch.save(model.state_dict(), buf)
buf.seek(0)
restored = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
print(restored.load_state_dict(torch.load(buf)))
x = torch.randn(4, 3)
print(torch.equal(model(x), restored(x)))
print(list(model.state_dict().keys()))
