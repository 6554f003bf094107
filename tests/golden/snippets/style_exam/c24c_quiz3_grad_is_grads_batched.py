# Quiz C8: several vector-Jacobian products in one call
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * x * torch.tensor([1.0, 3.0])
eye = torch.eye(2)
(jac,) = torch.autograd.grad(y, x, grad_outputs=eye, is_grads_batched=True)
print(jac)
