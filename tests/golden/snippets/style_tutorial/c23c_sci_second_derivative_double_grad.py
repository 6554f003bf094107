# Second derivatives by calling autograd.grad twice (create_graph=True the first time).
import torch

x = torch.tensor([1.0, 2.0, -1.0], dtype=torch.float64, requires_grad=True)
y = x ** 4 - 3 * x ** 2
(dy,) = torch.autograd.grad(y.sum(), x, create_graph=True)
(d2y,) = torch.autograd.grad(dy.sum(), x)
print(dy)
print(d2y)
print(12 * x.detach() ** 2 - 6)
print(dy.grad_fn is not None, d2y.grad_fn)
try:
    torch.autograd.grad(dy.sum(), x)
except RuntimeError as e:
    print("RuntimeError:", str(e)[:80])
