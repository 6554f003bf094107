# A Laplace prior's negative log density is an L1 penalty plus a constant
import torch
from torch.distributions import Laplace

w = torch.tensor([0.5, -1.0, 0.0, 2.0], requires_grad=True)
prior = Laplace(0.0, 0.5)
nlp = -prior.log_prob(w).sum()
nlp.backward()
print(nlp)
print(w.grad)
print(w.abs().sum() / 0.5 + 4 * torch.log(torch.tensor(2 * 0.5)))
print(prior.mean, prior.stddev)
