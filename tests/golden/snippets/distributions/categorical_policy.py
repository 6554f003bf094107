import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(0)
policy = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
states = torch.randn(5, 4)
dist = Categorical(logits=policy(states))
print(dist.batch_shape, dist.probs.shape)
actions = dist.sample()
print(actions)
log_probs = dist.log_prob(actions)
print(log_probs)
returns = torch.tensor([1.0, -1.0, 0.5, 2.0, 0.0])
loss = -(log_probs * returns).mean() - 0.01 * dist.entropy().mean()
loss.backward()
print(round(loss.item(), 4), policy[2].bias.grad)
