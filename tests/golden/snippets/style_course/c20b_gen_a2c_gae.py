# generalized advantage estimation over a short rollout
import torch

rewards = torch.tensor([0.0, 1.0, 0.0, 0.5])
values = torch.tensor([0.2, 0.4, 0.3, 0.1, 0.0])
dones = torch.tensor([0.0, 0.0, 0.0, 1.0])
gamma, lam = 0.99, 0.95
adv = torch.zeros(4)
gae = 0.0
for t in reversed(range(4)):
    delta = rewards[t] + gamma * values[t + 1] * (1 - dones[t]) - values[t]
    gae = delta + gamma * lam * (1 - dones[t]) * gae
    adv[t] = gae
print(adv)
print(adv + values[:-1])
