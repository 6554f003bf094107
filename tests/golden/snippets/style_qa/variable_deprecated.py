# The old Variable wrapper returns a plain tensor.
import torch
from torch.autograd import Variable

t = torch.tensor([1.0, 2.0])
v = Variable(t, requires_grad=True)
print(type(v), v.requires_grad, t.requires_grad, v is t)
(v * v).sum().backward()
print(v.grad)
print(Variable(torch.ones(2)).requires_grad)
