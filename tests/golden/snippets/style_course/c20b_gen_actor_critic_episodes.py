# actor-critic over short synthetic episodes, raw values
import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(113)
actor = nn.Sequential(nn.Linear(3, 16), nn.Tanh(), nn.Linear(16, 2))
critic = nn.Sequential(nn.Linear(3, 16), nn.Tanh(), nn.Linear(16, 1))
opt = torch.optim.Adam([*actor.parameters(), *critic.parameters()], lr=5e-3)
for ep in range(3):
    s = torch.randn(5, 3)
    dist = Categorical(logits=actor(s))
    a = dist.sample()
    r = (a == (s[:, 0] > 0).long()).float()
    v = critic(s).squeeze(1)
    ret = torch.flip(torch.cumsum(torch.flip(r, [0]), 0), [0])
    adv = ret - v.detach()
    loss = -(dist.log_prob(a) * adv).mean() + 0.5 * (ret - v).pow(2).mean()
    opt.zero_grad(); loss.backward(); opt.step()
    print(ep, a.tolist(), ret.tolist(), loss.item())
