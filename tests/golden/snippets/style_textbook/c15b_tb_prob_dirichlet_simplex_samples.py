# Dirichlet samples live on the simplex; the concentration controls how peaked they are.
import torch
from torch.distributions import Dirichlet

torch.manual_seed(31)
for conc in ([0.1, 0.1, 0.1], [1.0, 1.0, 1.0], [10.0, 10.0, 10.0]):
    d = Dirichlet(torch.tensor(conc))
    x = d.sample((5,))
    print(conc[0], x.sum(-1), x.max(-1).values.mean())
d = Dirichlet(torch.tensor([2.0, 3.0, 5.0]))
print(d.mean, d.variance)
print(d.log_prob(torch.tensor([0.2, 0.3, 0.5])))
print(d.batch_shape, d.event_shape, d.entropy())
