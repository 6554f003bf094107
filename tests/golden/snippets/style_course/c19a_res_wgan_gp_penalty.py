# WGAN-GP gradient penalty on interpolates between real and fake
import torch
import torch.nn as nn
torch.manual_seed(0)
critic = nn.Sequential(nn.Linear(4, 16), nn.LeakyReLU(0.2), nn.Linear(16, 1))
real = torch.randn(8, 4)
fake = torch.randn(8, 4)
alpha = torch.rand(8, 1)
interp = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
d_interp = critic(interp)
gradients = torch.autograd.grad(outputs=d_interp, inputs=interp,
                                grad_outputs=torch.ones_like(d_interp),
                                create_graph=True, retain_graph=True)[0]
gp = ((gradients.norm(2, dim=1) - 1) ** 2).mean()
d_loss = critic(fake).mean() - critic(real).mean() + 10 * gp
d_loss.backward()
print(gp.item(), d_loss.item())
print(critic[0].weight.grad.abs().sum().item())
