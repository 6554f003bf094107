# WGAN-GP style gradient penalty: grad of critic outputs w.r.t. interpolates with create_graph, then backward.
import torch
import torch.nn as nn

torch.manual_seed(1460)
critic = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 1))
real = torch.randn(4, 3)
fake = torch.randn(4, 3)
alpha = torch.rand(4, 1)
interpolates = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
d_interpolates = critic(interpolates)
gradients = torch.autograd.grad(outputs=d_interpolates, inputs=interpolates,
                                grad_outputs=torch.ones_like(d_interpolates),
                                create_graph=True, retain_graph=True, only_inputs=True)[0]
print(gradients.shape, gradients.requires_grad, gradients.grad_fn)
gradient_penalty = ((gradients.norm(2, dim=1) - 1) ** 2).mean() * 10
print(gradient_penalty)
gradient_penalty.backward()
print(critic[0].bias.grad)
print(critic[2].weight.grad)
