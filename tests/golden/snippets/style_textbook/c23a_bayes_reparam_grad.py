# The reparameterization trick: z = mu + sigma * eps lets gradients reach mu and sigma
import torch

torch.manual_seed(0)
mu = torch.tensor([0.5, -1.0], requires_grad=True)
log_sigma = torch.tensor([0.0, -0.5], requires_grad=True)
eps = torch.randn(2)
z = mu + log_sigma.exp() * eps
loss = (z ** 2).sum()
loss.backward()
print(eps)
print(z)
print(mu.grad)
print(log_sigma.grad)
print(z.grad_fn.name())
