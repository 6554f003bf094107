# importance-weighted log-likelihood estimate with logsumexp
import math
import torch
from torch.distributions import Normal

torch.manual_seed(102)
x = torch.tensor([0.3, -0.2])
mu_q, std_q = torch.tensor([0.1]), torch.tensor([0.8])
K = 50
z = Normal(mu_q, std_q).sample((K,))
log_p_z = Normal(0.0, 1.0).log_prob(z).sum(-1)
log_p_x = Normal(z * torch.tensor([1.0, -1.0]), 0.5).log_prob(x).sum(-1)
log_q = Normal(mu_q, std_q).log_prob(z).sum(-1)
log_w = log_p_x + log_p_z - log_q
print(log_w.shape)
print(round((torch.logsumexp(log_w, 0) - math.log(K)).item(), 4))
print(round(log_w.mean().item(), 4))
