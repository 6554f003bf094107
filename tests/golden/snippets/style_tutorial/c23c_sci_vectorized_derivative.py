# Vectorised derivatives: grad_outputs=ones_like gives elementwise dy/dx for independent points.
import torch

x = torch.tensor([[0.0], [1.0], [2.0]], dtype=torch.float64, requires_grad=True)
y = x ** 2 + 3 * x
(dy,) = torch.autograd.grad(y, x, grad_outputs=torch.ones_like(y))
print(dy)
try:
    torch.autograd.grad(y, x)
except RuntimeError as e:
    print("RuntimeError:", e)
(w,) = torch.autograd.grad(y, x, grad_outputs=torch.tensor([[1.0], [0.0], [2.0]], dtype=torch.float64))
print(w.T)
