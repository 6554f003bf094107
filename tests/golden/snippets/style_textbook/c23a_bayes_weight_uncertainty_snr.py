# Signal-to-noise ratio |mu|/sigma of variational weights, used to prune Bayesian nets
import torch
import torch.nn.functional as F

mu = torch.tensor([[0.5, -0.01, 0.2], [0.0, 1.0, -0.3]])
rho = torch.tensor([[-3.0, -1.0, -4.0], [0.0, -5.0, -2.0]])
sigma = F.softplus(rho)
snr = mu.abs() / sigma
print(sigma)
print(snr)
keep = snr > snr.flatten().median()
print(keep)
print(keep.float().mean())
