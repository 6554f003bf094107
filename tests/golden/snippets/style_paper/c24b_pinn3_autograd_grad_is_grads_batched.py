# the full Jacobian of u(x) in one call with is_grads_batched
import torch

x = torch.tensor([0.5, 1.5, 2.5], dtype=torch.float64, requires_grad=True)
u = x ** 2
eye = torch.eye(3, dtype=torch.float64)
J, = torch.autograd.grad(u, x, grad_outputs=eye, is_grads_batched=True)
print(J)
print(torch.equal(J, torch.diag(2 * x.detach())))
