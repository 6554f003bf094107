# Saving a model's parameters and an optimizer state to memory and loading them back.
import io
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
X = torch.randn(2, 3)
Y = net(X)
buffer = io.BytesIO()
torch.save(net.state_dict(), buffer)
buffer.seek(0)
clone = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
print(clone.load_state_dict(torch.load(buffer)))
clone.eval()
print(clone(X) == Y)
buf = io.BytesIO()
torch.save({'x': torch.arange(3), 'list': [torch.ones(1), 2]}, buf)
buf.seek(0)
print(torch.load(buf))
