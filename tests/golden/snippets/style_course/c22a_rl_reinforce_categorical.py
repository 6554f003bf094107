import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(0)
policy = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
state = torch.randn(4)
logits = policy(state)
dist = Categorical(logits=logits)
action = dist.sample()
log_prob = dist.log_prob(action)
print(action, action.dtype)
print(log_prob)
loss = -log_prob * 2.5
loss.backward()
print(loss.grad_fn.name())
print(policy[2].bias.grad)
