# Conjugate update for the mean of a Gaussian with known noise
import torch

prior_mu, prior_var = torch.tensor(0.0), torch.tensor(4.0)
noise_var = torch.tensor(1.0)
data = torch.tensor([1.9, 2.3, 2.1, 1.7, 2.5])
n = data.numel()
post_var = 1 / (1 / prior_var + n / noise_var)
post_mu = post_var * (prior_mu / prior_var + data.sum() / noise_var)
print(post_var, post_mu)
print(data.mean(), n)
for k in range(1, n + 1):
    pv = 1 / (1 / prior_var + k / noise_var)
    print(k, round(pv.item(), 4), round((pv * data[:k].sum()).item(), 4))
