# File I/O: saving a tensor, a list, a dict of tensors, then an MLP's parameters, and loading them back.
import os
import tempfile
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

torch.manual_seed(0)
with tempfile.TemporaryDirectory() as d:
    x = torch.arange(4)
    torch.save(x, os.path.join(d, "x-file"))
    print(torch.load(os.path.join(d, "x-file")))
    y = torch.zeros(4)
    torch.save([x, y], os.path.join(d, "x-files"))
    x2, y2 = torch.load(os.path.join(d, "x-files"))
    print((x2, y2))
    mydict = {"x": x, "y": y}
    torch.save(mydict, os.path.join(d, "mydict"))
    print(torch.load(os.path.join(d, "mydict")))
    net = MLP()
    X = torch.randn(size=(2, 20))
    Y = net(X)
    torch.save(net.state_dict(), os.path.join(d, "mlp.params"))
    clone = MLP()
    print(clone.load_state_dict(torch.load(os.path.join(d, "mlp.params"))))
    print(clone.eval())
    Y_clone = clone(X)
    print(Y_clone == Y)
