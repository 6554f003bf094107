import torch

# whole Jacobian of a small map in one batched reverse pass
u = torch.tensor([0.5, -1.0], requires_grad=True)
field = torch.stack([u[0] * u[1], torch.exp(u[0]), u[1] ** 3])
seeds = torch.eye(3)
(J,) = torch.autograd.grad(field, u, grad_outputs=seeds, is_grads_batched=True)
print(J.shape)
print(J)
