# Q: nn.ReLU(inplace=True) after sigmoid breaks backward
import torch
import torch.nn as nn

x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
s = torch.sigmoid(x)
out = nn.ReLU(inplace=True)(s)
print(out is s, out.grad_fn)
try:
    out.sum().backward()
except RuntimeError as err:
    print(err)
s2 = torch.tanh(x) * 1
nn.ReLU(inplace=True)(s2).sum().backward()
print(x.grad)
