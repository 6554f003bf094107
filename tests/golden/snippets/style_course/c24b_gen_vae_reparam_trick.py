# VAE reparameterisation z = mu + std * eps keeps gradients to mu and logvar
import torch

torch.manual_seed(6)
mu = torch.tensor([[0.0, 1.0], [2.0, -1.0]], requires_grad=True)
logvar = torch.tensor([[0.0, -2.0], [1.0, 0.0]], requires_grad=True)
sigma = logvar.mul(0.5).exp()
noise = torch.randn(sigma.shape)
z = mu + noise * sigma
print(noise)
print(z)
z.sum().backward()
print(mu.grad)
print('dlogvar', logvar.grad)
