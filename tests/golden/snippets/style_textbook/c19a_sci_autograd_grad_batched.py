# is_grads_batched: one backward call computes several vector-Jacobian products
import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.stack([x[0] * x[1], x[1] ** 2, torch.sin(x[2])])
I = torch.eye(3)
(J,) = torch.autograd.grad(y, x, I, is_grads_batched=True)
print(J)
print(torch.autograd.functional.jacobian(lambda v: torch.stack([v[0] * v[1], v[1] ** 2, torch.sin(v[2])]), x.detach()))
