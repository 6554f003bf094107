# Q: nn.ReLU(inplace=True) after a sigmoid breaks backward; the same with tanh_ on a saved output.
import torch
from torch import nn

torch.manual_seed(43)
x = torch.randn(4, requires_grad=True)
s = torch.sigmoid(x)
out = nn.ReLU(inplace=True)(s)
print(out is s, out.grad_fn, s._version)
try:
    out.sum().backward()
except RuntimeError as e:
    print(e)
y = x * 2
t = y.tanh()
t.tanh_()
try:
    t.sum().backward()
except RuntimeError as e:
    print(str(e)[:100])
(y.tanh().tanh()).sum().backward()
print(x.grad)
x.grad = None
z = x.tanh()
z.mul_(3)
try:
    z.sum().backward()
except RuntimeError as e:
    print(str(e)[:120])
