# is_grads_batched computes several vector-Jacobian products at once.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2 * torch.tensor([1.0, 0.5, 2.0])
eye = torch.eye(3)
(J,) = torch.autograd.grad(y, x, grad_outputs=eye, is_grads_batched=True, retain_graph=True)
print(J)
(two_rows,) = torch.autograd.grad(y, x, grad_outputs=eye[:2], is_grads_batched=True)
print(two_rows.shape)
