# A Bernoulli policy for a two-action task
import torch
from torch.distributions import Bernoulli

torch.manual_seed(8)
z = torch.tensor([0.3, -1.2, 2.0], requires_grad=True)
pol = Bernoulli(logits=z)
print(pol)
act = pol.sample()
print(act, act.dtype)
logp = pol.log_prob(act)
print(logp)
(-logp.sum()).backward()
print(z.grad)
print(pol.entropy())
print(pol.probs)
