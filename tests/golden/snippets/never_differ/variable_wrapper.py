import torch
from torch.autograd import Variable

t = torch.ones(2)
v = Variable(t, requires_grad=True)
print(v is t, t.requires_grad, v.requires_grad, v.is_leaf)
(v * 3).sum().backward()
print(v.grad, t.grad)
y = torch.ones(2, requires_grad=True) * 2
w = Variable(y)
print(w.grad_fn, w.requires_grad)
print(Variable, isinstance(t, Variable))
try:
    Variable([1.0])
except TypeError as e:
    print("TypeError:", e)
try:
    Variable(torch.tensor([1, 2]), requires_grad=True)
except RuntimeError as e:
    print("RuntimeError:", e)
