# A non-scalar output needs the vector v in v^T J.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2 + x
y.backward(torch.tensor([1.0, 0.0, 0.5]))
print(x.grad)
x.grad = None
y = x ** 2 + x
y.backward(gradient=torch.ones_like(y))
print(x.grad)
x.grad = None
M = torch.outer(x, x)
M.backward(torch.eye(3))
print(x.grad)
