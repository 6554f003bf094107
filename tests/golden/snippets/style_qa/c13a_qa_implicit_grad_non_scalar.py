# Q: "grad can be implicitly created only for scalar outputs" when I call backward on a batch of losses.
import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
y = x ** 2
try:
    y.backward()
except RuntimeError as e:
    print(e)
y.backward(torch.ones_like(y))
print(x.grad)
x.grad = None
(x ** 2).sum().backward()
print(x.grad)
x.grad = None
(x ** 2).backward(gradient=torch.tensor([[1.0, 0.0], [0.0, 0.5]]))
print(x.grad)
x.grad = None
try:
    (x ** 2).backward(torch.ones(2))
except RuntimeError as e:
    print(e)
g, = torch.autograd.grad((x ** 3).mean(), x)
print(g)
s = (x * 2).sum(dim=1)
print(s.shape)
try:
    torch.autograd.grad(s, x)
except RuntimeError as e:
    print(e)
