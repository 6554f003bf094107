# torch.distributions: Normal log_prob, rsample gradients and Categorical sampling.
import torch
from torch.distributions import Normal, Categorical

torch.manual_seed(0)
mu = torch.tensor(0.5, requires_grad=True)
d = Normal(mu, 2.0)
print(d)
x = d.rsample((3,))
print(x)
lp = d.log_prob(torch.tensor([0.0, 1.0]))
print(lp)
lp.sum().backward()
print(mu.grad)
c = Categorical(probs=torch.tensor([0.1, 0.2, 0.7]))
print(c.sample((8,)))
print(c.entropy(), c.log_prob(torch.tensor(2)))
