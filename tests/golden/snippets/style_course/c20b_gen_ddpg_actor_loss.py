# DDPG-style actor update through the critic
import torch
import torch.nn as nn

torch.manual_seed(55)
actor = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 1), nn.Tanh())
critic = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.Adam(actor.parameters(), lr=1e-3)
s = torch.randn(6, 3)
a = actor(s)
q = critic(torch.cat([s, a], dim=1))
actor_loss = -q.mean()
opt.zero_grad()
actor_loss.backward()
opt.step()
print(a.squeeze(1))
print(actor_loss)
print(critic[0].weight.grad is not None, actor[0].weight.grad.shape)
