# Q: changing the detached tensor changed my original.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
d = y.detach()
d[0] = 100.0
print(y)
c = y.detach().clone()
c[1] = -1.0
print(y, c)
print(d.requires_grad, c.requires_grad, d._version, y._version)
