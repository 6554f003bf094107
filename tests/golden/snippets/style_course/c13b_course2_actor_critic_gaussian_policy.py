# RL course: one-step actor-critic with a Gaussian policy on a 1-D target-reaching task.
import torch
import torch.nn as nn
from torch.distributions import Normal

torch.manual_seed(65)
actor_mu = nn.Linear(1, 1)
log_std = nn.Parameter(torch.zeros(1))
critic = nn.Linear(1, 1)
opt = torch.optim.SGD(list(actor_mu.parameters()) + [log_std] + list(critic.parameters()), lr=0.05)
for ep in range(8):
    s = torch.rand(32, 1) * 2 - 1
    dist = Normal(actor_mu(s), log_std.exp())
    a = dist.sample()
    reward = -(a - 0.5 * s) ** 2
    v = critic(s)
    advantage = (reward - v).detach()
    actor_loss = -(dist.log_prob(a) * advantage).mean()
    critic_loss = (reward - v).pow(2).mean()
    loss = actor_loss + 0.5 * critic_loss
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(ep, round(reward.mean().item(), 5), round(actor_loss.item(), 5), round(critic_loss.item(), 5))
print(actor_mu.weight.item(), actor_mu.bias.item(), log_std.exp().item())
print(dist.entropy()[:2].squeeze(1))
