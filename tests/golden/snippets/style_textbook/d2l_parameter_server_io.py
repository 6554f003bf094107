# File I/O: saving a list and a dict of tensors and an MLP's parameters, then loading them into a clone.
import io
import torch
from torch import nn
from torch.nn import functional as F

x = torch.arange(4)
y = torch.zeros(4)
buf = io.BytesIO()
torch.save([x, y], buf)
buf.seek(0)
x2, y2 = torch.load(buf)
print(x2, y2)
mydict = {'x': x, 'y': y}
buf = io.BytesIO()
torch.save(mydict, buf)
buf.seek(0)
print(torch.load(buf))

class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.LazyLinear(256)
        self.output = nn.LazyLinear(10)

    def forward(self, x):
        return self.output(F.relu(self.hidden(x)))

torch.manual_seed(0)
net = MLP()
X = torch.randn(size=(2, 20))
Y = net(X)
buf = io.BytesIO()
torch.save(net.state_dict(), buf)
buf.seek(0)
clone = MLP()
clone(X)
print(clone.load_state_dict(torch.load(buf)))
clone.eval()
print(clone)
Y_clone = clone(X)
print(Y_clone == Y)
