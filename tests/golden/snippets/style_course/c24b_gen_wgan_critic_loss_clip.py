# WGAN critic loss and weight clipping with clamp_
import torch
import torch.nn as nn

torch.manual_seed(5)
critic = nn.Linear(3, 1)
with torch.no_grad():
    critic.weight.mul_(10)
print(critic.weight)
real, fake = torch.randn(6, 3), torch.randn(6, 3)
loss_c = critic(fake).mean() - critic(real).mean()
print(loss_c.grad_fn)
for p in critic.parameters():
    p.data.clamp_(-0.01, 0.01)
print(critic.weight)
print(critic.bias.abs() <= 0.01)
