# File I/O: save and load a tensor, a list, a dict and an MLP's parameters in a temporary folder.
import os
import tempfile
import torch
from torch import nn
from torch.nn import functional as F

class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.LazyLinear(16)
        self.output = nn.LazyLinear(4)

    def forward(self, x):
        return self.output(F.relu(self.hidden(x)))

with tempfile.TemporaryDirectory() as d:
    x = torch.arange(4)
    torch.save(x, os.path.join(d, 'x-file'))
    x2 = torch.load(os.path.join(d, 'x-file'))
    print(x2)
    y = torch.zeros(4)
    torch.save([x, y], os.path.join(d, 'x-files'))
    x2, y2 = torch.load(os.path.join(d, 'x-files'))
    print((x2, y2))
    mydict = {'x': x, 'y': y}
    torch.save(mydict, os.path.join(d, 'mydict'))
    print(torch.load(os.path.join(d, 'mydict')))
    torch.manual_seed(0)
    net = MLP()
    X = torch.randn(size=(2, 10))
    Y = net(X)
    torch.save(net.state_dict(), os.path.join(d, 'mlp.params'))
    clone = MLP()
    try:
        clone.load_state_dict(torch.load(os.path.join(d, 'mlp.params')))
    except Exception as e:
        print(type(e).__name__, str(e)[:60])
    clone(X)
    print(clone.load_state_dict(torch.load(os.path.join(d, 'mlp.params'))))
    clone.eval()
    Y_clone = clone(X)
    print(Y_clone == Y)
