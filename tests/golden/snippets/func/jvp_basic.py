import torch
from torch.func import jvp

x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([0.5, -1.0, 2.0])
print(jvp(torch.sin, (x,), (torch.ones(3),)))
print(jvp(lambda a, b: a * b, (x, y), (torch.ones(3), torch.zeros(3))))
print(jvp(lambda a, b: a * b, (x, y), (torch.zeros(3), torch.ones(3))))

A = torch.tensor([[1.0, 2.0, 0.0], [0.0, -1.0, 3.0]])
out, tangent = jvp(lambda v: (A @ v).tanh(), (x,), (y,))
print(out, tangent)
# the same numbers from torch.autograd.functional
print(torch.autograd.functional.jvp(lambda v: (A @ v).tanh(), x, y))
print(jvp(lambda a: (a.exp(), a.sum()), (x,), (y,), has_aux=True))
