# Course notebook: torch.autograd.functional.jacobian and hessian vs gradients built by hand.
import torch
from torch.autograd.functional import jacobian, hessian

def f(x):
    return torch.stack([x[0] ** 2 * x[1], 5 * x[0] + torch.sin(x[1])])

x = torch.tensor([1.0, 2.0])
J = jacobian(f, x)
print(J)
manual = torch.tensor([[2 * 1.0 * 2.0, 1.0 ** 2], [5.0, torch.cos(torch.tensor(2.0)).item()]])
print(torch.allclose(J, manual))

def g(x):
    return (x ** 3).sum() + x[0] * x[1]

H = hessian(g, x)
print(H)
xx = x.clone().requires_grad_()
grad, = torch.autograd.grad(g(xx), xx, create_graph=True)
rows = [torch.autograd.grad(grad[i], xx, retain_graph=True)[0] for i in range(2)]
print(torch.stack(rows))
print(grad, grad.grad_fn is not None)
W = torch.randn(3, 2)
print(torch.allclose(jacobian(lambda v: W @ v, x), W))
