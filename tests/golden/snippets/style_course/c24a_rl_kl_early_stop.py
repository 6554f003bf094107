# Approximate and exact KL between old and new policies (PPO early stopping)
import torch
from torch.distributions import Categorical, kl_divergence

old = Categorical(logits=torch.tensor([[1.0, 0.0, -1.0], [0.5, 0.5, 0.0]]))
new = Categorical(logits=torch.tensor([[1.2, 0.0, -1.1], [0.3, 0.6, 0.0]]))
kl = kl_divergence(old, new)
print(kl)
print(kl.mean() > 0.01)
a = torch.tensor([0, 1])
log_ratio = new.log_prob(a) - old.log_prob(a)
approx = ((log_ratio.exp() - 1) - log_ratio).mean()
print(approx)
print(kl_divergence(old, old))
