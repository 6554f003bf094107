# Multi-discrete actions: one Categorical per action branch
import torch
from torch.distributions import Categorical

torch.manual_seed(19)
logits = torch.tensor([[0.1, 0.2, 0.3, 1.0, -1.0]])
splits = torch.split(logits, [3, 2], dim=1)
print([s.shape for s in splits])
dists = [Categorical(logits=s) for s in splits]
actions = torch.stack([d.sample() for d in dists], dim=1)
print(actions)
logp = torch.stack([d.log_prob(a) for d, a in zip(dists, actions.T)], dim=1).sum(1)
print(logp)
ent = sum(d.entropy() for d in dists)
print(ent)
