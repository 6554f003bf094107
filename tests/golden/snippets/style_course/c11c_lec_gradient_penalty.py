# Lecture: a gradient penalty (WGAN-GP style) - differentiating through a gradient norm.
import torch
import torch.nn as nn

torch.manual_seed(7)
critic = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))
real = torch.randn(6, 2)
fake = torch.randn(6, 2) + 2
alpha = torch.rand(6, 1)
mix = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
score = critic(mix)
grads = torch.autograd.grad(outputs=score, inputs=mix, grad_outputs=torch.ones_like(score), create_graph=True)[0]
print(grads.shape, grads.requires_grad)
norms = grads.norm(2, dim=1)
print(norms)
gp = ((norms - 1) ** 2).mean()
loss = critic(fake).mean() - critic(real).mean() + 10 * gp
print(f"gp={gp.item():.6f} loss={loss.item():.6f}")
loss.backward()
print(critic[0].weight.grad)
print(critic[2].bias.grad)
