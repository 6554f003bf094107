# Autograd mechanics: in-place corrections and the version counter; detach shares memory.
import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a.sigmoid()
print(b._version)
c = b.detach()
c.zero_()
print(b, b._version)
try:
    b.sum().backward()
except RuntimeError as e:
    print(str(e)[:160])
x = torch.ones(2, requires_grad=True)
y = x * 2
y.add_(1)
print(y, y.grad_fn, y._version)
y.sum().backward()
print(x.grad)
z = x.clone()
z[0] = 5
print(z, z.grad_fn)
