import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(1)
policy = nn.Linear(3, 2)
opt = torch.optim.Adam(policy.parameters(), lr=0.01)
log_probs = []
rewards = []
for t in range(5):
    s = torch.randn(3)
    dist = Categorical(logits=policy(s))
    a = dist.sample()
    log_probs.append(dist.log_prob(a))
    rewards.append(1.0 if a.item() == 0 else -0.5)
returns = torch.tensor(rewards).flip(0).cumsum(0).flip(0)
loss = -(torch.stack(log_probs) * returns).sum()
opt.zero_grad()
loss.backward()
opt.step()
print(rewards)
print(returns)
print(round(loss.item(), 4))
print(policy.weight.data)
