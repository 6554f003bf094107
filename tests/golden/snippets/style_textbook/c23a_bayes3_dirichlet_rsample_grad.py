# Dirichlet rsample with a concentration that requires grad
import torch
from torch.distributions import Dirichlet

conc = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
torch.manual_seed(52)
p = Dirichlet(conc).rsample((5,))
print(p.shape, torch.allclose(p.sum(-1), torch.ones(5)))
(p[:, 0]).sum().backward()
print(conc.grad.shape, bool(conc.grad[0] > 0))
