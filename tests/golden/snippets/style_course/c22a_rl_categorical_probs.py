import torch
from torch.distributions import Categorical

action_probs = torch.tensor([0.25, 0.05, 0.6, 0.1])
pi = Categorical(probs=action_probs)
print(pi.probs)
print(pi.logits.exp().sum())
chosen = torch.tensor([2, 2, 0])
print(pi.log_prob(chosen))
print(pi.mean if hasattr(pi, "mean") else None)
torch.manual_seed(1)
draws = pi.sample(torch.Size([3, 2]))
print(draws.shape, draws.dtype)
print(pi.enumerate_support())
