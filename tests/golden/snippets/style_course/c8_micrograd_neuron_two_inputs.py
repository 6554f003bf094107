# The two-input tanh neuron from the micrograd lecture, checked against torch autograd in double.
import math
import torch

x1 = torch.Tensor([2.0]).double();  x1.requires_grad = True
x2 = torch.Tensor([0.0]).double();  x2.requires_grad = True
w1 = torch.Tensor([-3.0]).double(); w1.requires_grad = True
w2 = torch.Tensor([1.0]).double();  w2.requires_grad = True
b = torch.Tensor([6.8813735870195432]).double(); b.requires_grad = True
n = x1*w1 + x2*w2 + b
o = torch.tanh(n)

print(o.data.item())
o.backward()

print('---')
print('x2', x2.grad.item())
print('w2', w2.grad.item())
print('x1', x1.grad.item())
print('w1', w1.grad.item())
print(o)
print(n.dtype, x1.dtype, type(o.item()))

# the same neuron with exp written out, as in the lecture's second version
n2 = x1*w1 + x2*w2 + b
e = (2*n2).exp()
o2 = (e - 1) / (e + 1)
print(o2.item(), math.tanh(n2.item()))
grads = torch.autograd.grad(o2, [x1, w1, x2, w2])
print([round(g.item(), 6) for g in grads])
