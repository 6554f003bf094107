# Changing .data is invisible to autograd (no error, wrong gradient).
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x ** 2
x.data.mul_(10)
y.sum().backward()
print(x.grad, x)
print(x._version)
x2 = torch.tensor([1.0, 2.0], requires_grad=True)
y2 = x2 ** 2
with torch.no_grad():
    x2.mul_(10)
try:
    y2.sum().backward()
except RuntimeError as e:
    print(e)
