# is_grads_batched: the full Jacobian in one autograd.grad call with an identity batch.
import torch

x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64, requires_grad=True)
y = torch.stack([x[0] * x[1], x[1] ** 2, x[2] - x[0]])
eye = torch.eye(3, dtype=torch.float64)
(J,) = torch.autograd.grad(y, x, grad_outputs=eye, is_grads_batched=True)
print(J)
print(torch.autograd.functional.jacobian(lambda v: torch.stack([v[0] * v[1], v[1] ** 2, v[2] - v[0]]), x.detach()))
