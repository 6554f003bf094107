# Old-style autograd with Variable (from an older tutorial the assistant remembered)
import torch
from torch.autograd import Variable

x = Variable(torch.tensor([2.0, 3.0]), requires_grad=True)
y = (x ** 2).sum()
y.backward()
print(type(x).__name__, x.grad)
print(x.grad.data)
x.grad.data.zero_()
print(x.grad)
