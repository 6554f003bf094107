# d2l file I/O: saving tensors, lists and dicts of tensors and an MLP's parameters to in-memory files.
import io
import torch
from torch import nn
from torch.nn import functional as F

x = torch.arange(4)
f = io.BytesIO()
torch.save(x, f)
f.seek(0)
x2 = torch.load(f)
print(x2)
y = torch.zeros(4)
f = io.BytesIO()
torch.save([x, y], f)
f.seek(0)
x2, y2 = torch.load(f)
print(x2, y2)
mydict = {"x": x, "y": y}
f = io.BytesIO()
torch.save(mydict, f)
f.seek(0)
print(torch.load(f))

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
f = io.BytesIO()
torch.save(net.state_dict(), f)
f.seek(0)
clone = MLP()
clone.load_state_dict(torch.load(f))
clone.eval()
Y_clone = clone(X)
print(Y_clone == Y)
print(clone)
