# One REINFORCE update on a tiny policy network
import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(3)
net = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 3))
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
obs = torch.randn(6, 4)
pi = Categorical(logits=net(obs))
acts = pi.sample()
G = torch.tensor([1.0, 0.9, 0.81, 0.729, 0.6561, 0.59049])
pg_loss = (-pi.log_prob(acts) * G).mean()
opt.zero_grad()
pg_loss.backward()
print(acts.tolist())
print(round(pg_loss.item(), 3))
print([tuple(p.grad.shape) for p in net.parameters()])
opt.step()
print(opt.state_dict()['state'][0]['step'])
print(net[2].bias.grad.sum().abs() < 1e-5)
