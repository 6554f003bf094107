# Q: I used torch.autograd.grad but x.grad is still None.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x ** 3).sum()
g, = torch.autograd.grad(y, x)
print(g, x.grad)
y2 = (x ** 3).sum()
y2.backward()
print(x.grad)
x.grad = None
y3 = (x * x).sum()
g3 = torch.autograd.grad(y3, [x], grad_outputs=torch.tensor(2.0))
print(g3, type(g3).__name__, x.grad)
