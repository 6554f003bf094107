# Saving an MLP's parameters and loading them into a clone.
import io
import torch
from torch import nn
from torch.nn import functional as F

class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(20, 256)
        self.output = nn.Linear(256, 10)

    def forward(self, x):
        return self.output(F.relu(self.hidden(x)))

torch.manual_seed(19)
net = MLP()
X = torch.randn(size=(2, 20))
Y = net(X)
buf = io.BytesIO()
torch.save(net.state_dict(), buf)
buf.seek(0)
clone = MLP()
clone.load_state_dict(torch.load(buf))
print(clone.eval())
print(clone(X) == Y)
