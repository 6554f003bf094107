# Quiz C3: KL between two Gaussians and two categoricals
import torch
from torch.distributions import Normal, Categorical, kl_divergence

p = Normal(torch.tensor(0.0), torch.tensor(1.0))
q = Normal(torch.tensor(1.0), torch.tensor(1.0))
print(kl_divergence(p, q), kl_divergence(p, p))
a = Categorical(probs=torch.tensor([0.5, 0.5]))
b = Categorical(probs=torch.tensor([0.9, 0.1]))
print(kl_divergence(a, b).round(decimals=4))
print(a.entropy().round(decimals=4), b.log_prob(torch.tensor(1)).round(decimals=4))
