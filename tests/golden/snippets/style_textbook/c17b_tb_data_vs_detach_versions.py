# .data edits are invisible to autograd; .detach() edits are not.
import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a.sigmoid()
print(b._version)
b.data.mul_(0)
print(b._version, b)
b.sum().backward()
print(a.grad)

c = a.sigmoid()
d = c.detach()
d.zero_()
print(c._version, d._version)
try:
    c.sum().backward()
    print('ok', a.grad)
except RuntimeError as err:
    print(err)
