# active units: variance of the posterior means across the batch
import torch

torch.manual_seed(97)
mu = torch.cat([torch.randn(64, 2), torch.full((64, 2), 0.01) + 1e-4 * torch.randn(64, 2)], dim=1)
var_per_dim = mu.var(dim=0)
active = (var_per_dim > 1e-2).sum()
print(active, var_per_dim.shape)
print(var_per_dim[2:] < 1e-6)
