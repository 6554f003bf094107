# Q&A: "one of the variables needed for gradient computation has been modified by an inplace
# operation" after changing a sigmoid's output in place; the out-of-place version works.
import torch

torch.manual_seed(58)
x = torch.randn(3, requires_grad=True)
y = torch.sigmoid(x)
y.mul_(2)
try:
    y.sum().backward()
except RuntimeError as e:
    print(e)
y = torch.sigmoid(x)
print(y._version)
z = y * 2
z.sum().backward()
print(x.grad, y._version)
r = torch.relu(x)
r += 1
r.sum().backward()
print(x.grad)
