# Q: old code with Variable(..., volatile=True)
import torch
from torch.autograd import Variable

v = Variable(torch.ones(2), requires_grad=True)
print(type(v).__name__, v.requires_grad, v.is_leaf)
old = Variable(torch.ones(2), volatile=True)
print(old.requires_grad)
print(v.volatile)
(v * 2).sum().backward()
print(v.grad, v.data)
