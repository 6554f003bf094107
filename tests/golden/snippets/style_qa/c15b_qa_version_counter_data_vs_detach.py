# Q: why does changing .data not raise the in-place error while changing .detach() does?
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x.sigmoid()
print(y._version)
y.data.mul_(2)
print(y._version)
y.sum().backward()
print(x.grad)
x.grad = None
z = x.sigmoid()
d = z.detach()
d.mul_(2)
print(z._version, d._version)
try:
    z.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, str(e).split('.')[0])
