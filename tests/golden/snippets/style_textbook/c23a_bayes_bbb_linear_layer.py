# A Bayes-by-backprop linear layer: sample weights each forward, KL to a N(0,1) prior
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Normal, kl_divergence

class BayesLinear(nn.Module):
    def __init__(self, n_in, n_out):
        super().__init__()
        self.w_mu = nn.Parameter(torch.zeros(n_out, n_in))
        self.w_rho = nn.Parameter(torch.full((n_out, n_in), -3.0))
    def forward(self, x):
        q = Normal(self.w_mu, F.softplus(self.w_rho))
        self.kl = kl_divergence(q, Normal(0.0, 1.0)).sum()
        return F.linear(x, q.rsample())

torch.manual_seed(6)
layer = BayesLinear(3, 2)
out = layer(torch.ones(1, 3))
print(out.shape, out.grad_fn.name())
print(round(layer.kl.item(), 3))
(out.sum() + layer.kl).backward()
print(layer.w_mu.grad.shape, layer.w_rho.grad.shape)
print([n for n, _ in layer.named_parameters()])
