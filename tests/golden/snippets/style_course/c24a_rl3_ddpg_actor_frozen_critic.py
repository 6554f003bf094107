# DDPG actor step with the critic's parameters frozen
import torch
import torch.nn as nn

torch.manual_seed(37)
actor = nn.Sequential(nn.Linear(3, 2), nn.Tanh())
critic = nn.Linear(5, 1)
s = torch.randn(4, 3)
for p in critic.parameters():
    p.requires_grad_(False)
actor_loss = -critic(torch.cat([s, actor(s)], dim=1)).mean()
actor_loss.backward()
print(critic.weight.grad, critic.bias.requires_grad)
print(actor[0].weight.grad.shape, actor[0].weight.grad.abs().sum() > 0)
for p in critic.parameters():
    p.requires_grad_(True)
print(all(p.requires_grad for p in critic.parameters()))
print(actor_loss.grad_fn.name())
