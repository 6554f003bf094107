# REINFORCE with torch.distributions.Categorical and a baseline
import torch
from torch.distributions import Categorical

torch.manual_seed(14)
policy = torch.nn.Linear(4, 2)
opt = torch.optim.Adam(policy.parameters(), lr=0.01)
states = torch.randn(6, 4)
dist = Categorical(logits=policy(states))
actions = dist.sample()
rewards = (actions == (states[:, 0] > 0).long()).float()
returns = rewards - rewards.mean()
loss = -(dist.log_prob(actions) * returns).sum()
opt.zero_grad(); loss.backward(); opt.step()
print(actions, rewards)
print(dist.entropy())
print(round(loss.item(), 5))
