# Weibull and Pareto: transformed exponentials
import torch
from torch.distributions import Weibull, Pareto

torch.manual_seed(5)
w = Weibull(torch.tensor([1.0, 2.0]), torch.tensor([1.5, 0.7]))
ws = w.sample((2,))
print(w, ws, w.log_prob(ws), w.mean, w.variance, w.entropy(), w.mode)
p = Pareto(torch.tensor(1.0), torch.tensor(3.0))
ps = p.sample((3,))
print(p, ps, p.log_prob(ps), p.mean, p.variance, p.entropy(), p.support, p.cdf(torch.tensor(2.0)))
