# "The Fundamentals of Autograd": sin over a linspace, walking the graph and checking the gradient.
import math
import torch

a = torch.linspace(0., 2. * math.pi, steps=25, requires_grad=True)
print(a[:5])
b = torch.sin(a)
c = 2 * b
d = c + 1
out = d.sum()
print(out)
print('d:')
print(d.grad_fn)
print(d.grad_fn.next_functions)
print(d.grad_fn.next_functions[0][0].next_functions)
print(d.grad_fn.next_functions[0][0].next_functions[0][0].next_functions)
print('\nc:')
print(c.grad_fn)
print('\na:')
print(a.grad_fn)
out.backward()
print(a.grad[:6])
print(torch.allclose(a.grad, 2 * torch.cos(a)))
