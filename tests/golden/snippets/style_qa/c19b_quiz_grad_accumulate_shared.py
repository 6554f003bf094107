# Quiz 72: the same tensor used twice in one expression
import torch

x = torch.tensor(3.0, requires_grad=True)
y = x * x * x
y.backward()
print(x.grad)
x.grad = None
z = x + x + x
z.backward()
print(x.grad)
x.grad = None
w = torch.stack([x, x]).prod()
w.backward()
print(x.grad, w.grad_fn)
