# Quiz 43: stop-gradient inside an expression
import torch

x = torch.tensor(3.0, requires_grad=True)
y = x * x.detach()
y.backward()
print(x.grad)
x.grad = None
z = x ** 2
z.backward()
print(x.grad)
x.grad = None
w = (x - x.detach()) + x.detach() ** 2
w.backward()
print(w, x.grad)
