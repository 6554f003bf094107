# Q: "one of the variables needed for gradient computation has been modified by an inplace operation".
import torch

torch.manual_seed(23)
x = torch.randn(3, requires_grad=True)
s = torch.sigmoid(x)
s.mul_(2)
try:
    s.sum().backward()
except RuntimeError as e:
    print(e)
x.grad = None
s = torch.sigmoid(x)
out = s * 2
out.sum().backward()
print(x.grad)
w = torch.randn(3, requires_grad=True)
h = x * w
e = h.exp()
h += 1
e.sum().backward()
print(w.grad is not None)
x.grad = None
y = x.relu()
z = y ** 2
y.add_(1)
try:
    z.sum().backward()
except RuntimeError as e:
    print(str(e).split(";")[0])
print(y._version)
