# reparameterisation trick: z = mu + sigma * eps, gradients reach mu and log_var
import torch
torch.manual_seed(33)
mu = torch.tensor([0.5, -1.0], requires_grad=True)
log_var = torch.tensor([0.0, -2.0], requires_grad=True)
eps = torch.randn(2)
z = mu + torch.exp(0.5 * log_var) * eps
kl = -0.5 * torch.sum(1 + log_var - mu.pow(2) - log_var.exp())
loss = (z ** 2).sum() + kl
loss.backward()
print(z, kl.item())
print(mu.grad)
print(log_var.grad)
