# Local reparameterization: sample pre-activations, not weights
import torch

torch.manual_seed(12)
x = torch.tensor([[1.0, 2.0], [0.5, -1.0]])
w_mu = torch.tensor([[0.1, -0.2], [0.3, 0.0], [0.0, 0.5]])
w_var = torch.full((3, 2), 0.01)
act_mu = x @ w_mu.T
act_var = (x ** 2) @ w_var.T
print(act_var)
eps = torch.randn_like(act_mu)
act = act_mu + act_var.sqrt() * eps
print(act.shape, eps.shape)
print(act_mu.round(decimals=3))
