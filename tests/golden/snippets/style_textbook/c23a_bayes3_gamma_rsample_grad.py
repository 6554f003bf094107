# Reparameterised Gamma samples: gradients reach the concentration (implicit reparameterisation)
import torch
from torch.distributions import Gamma

alpha = torch.tensor([2.0, 0.5], requires_grad=True)
beta = torch.tensor([1.0, 3.0], requires_grad=True)
torch.manual_seed(49)
z = Gamma(alpha, beta).rsample((4,))
print(z.shape, z.requires_grad)
z.sum().backward()
print(alpha.grad.shape, beta.grad.shape)
print(bool((alpha.grad > 0).all()), bool((beta.grad < 0).all()))
