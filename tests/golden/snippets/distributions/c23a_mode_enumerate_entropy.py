# Beta and Dirichlet modes (a vertex where every concentration is below 1), Independent's enumerate_support,
# Multinomial's entropy
import torch
from torch.distributions import Bernoulli, Beta, Dirichlet, Independent, Multinomial

print(Beta(torch.tensor([6.0, 0.5, 2.0, 0.5]), torch.tensor([3.0, 0.7, 1.0, 2.0])).mode)
print(Beta(2.0, 5.0).mode, Beta(torch.tensor(3.0, requires_grad=True), torch.tensor(2.0)).mode)
c = torch.tensor([[10.0, 1.0, 2.0], [0.5, 0.5, 0.5], [0.5, 2.0, 0.3], [0.2, 0.9, 0.4]], requires_grad=True)
m = Dirichlet(c).mode
print(m)
(m * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(c.grad)
ind = Independent(Bernoulli(torch.tensor([0.3, 0.6])), 0)
print(ind.has_enumerate_support, ind.enumerate_support(), ind.enumerate_support(expand=False).shape)
ind1 = Independent(Bernoulli(torch.tensor([0.3, 0.6])), 1)
print(ind1.has_enumerate_support, Independent(Dirichlet(c.detach()), 0).has_enumerate_support)
try:
    ind1.enumerate_support()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Multinomial(3, torch.tensor([[0.5, 0.25, 0.25], [0.125, 0.375, 0.5]])).entropy())
print(Multinomial(10, logits=torch.zeros(4)).entropy(), Multinomial(1, torch.tensor([0.2, 0.8])).entropy())
