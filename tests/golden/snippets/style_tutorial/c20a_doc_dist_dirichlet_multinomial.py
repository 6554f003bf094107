# Dirichlet, Multinomial, LogNormal reference examples
import torch
from torch.distributions import Dirichlet, LogNormal, Multinomial

torch.manual_seed(0)
m = Dirichlet(torch.tensor([0.5, 0.5]))
print(m.sample(), m.mean, m.log_prob(torch.tensor([0.3, 0.7])))
mn = Multinomial(100, torch.tensor([1., 1., 1., 1.]))
x = mn.sample()
print(x, x.sum())
print(Multinomial(probs=torch.tensor([1., 1., 1., 1.])).log_prob(torch.tensor([1., 0., 0., 0.])))
ln = LogNormal(torch.tensor([0.0]), torch.tensor([1.0]))
print(ln.sample(), ln.mean, ln.log_prob(torch.tensor([1.5])))
