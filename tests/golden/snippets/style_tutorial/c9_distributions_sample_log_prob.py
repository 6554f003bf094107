# torch.distributions: sample shapes, log_prob, entropy, rsample gradients, and Categorical from logits.
import torch
from torch.distributions import Bernoulli, Categorical, Normal, Uniform

torch.manual_seed(0)
mu = torch.tensor([0.0, 1.0], requires_grad=True)
sigma = torch.tensor([1.0, 0.5])
d = Normal(mu, sigma)
print(d)
s = d.sample((3,))
print(s.shape, s.requires_grad)
r = d.rsample()
print(r.requires_grad)
r.sum().backward()
print(mu.grad)
print(d.log_prob(torch.tensor([0.0, 1.0])), d.entropy())
print(d.mean, d.stddev, d.variance)
c = Categorical(logits=torch.tensor([1.0, 2.0, 3.0]))
print(c.probs, c.sample((5,)), c.log_prob(torch.tensor(2)), c.entropy())
b = Bernoulli(probs=torch.tensor([0.2, 0.9]))
print(b.sample((4,)), b.log_prob(torch.tensor([1.0, 0.0])))
u = Uniform(0.0, 2.0)
print(u.sample((3,)), u.log_prob(torch.tensor(1.0)))
print(Normal(0.0, 1.0).cdf(torch.tensor([-1.96, 0.0, 1.96])))
print(Normal(0.0, 1.0).icdf(torch.tensor([0.025, 0.5])))
try:
    Normal(0.0, -1.0)
except ValueError as e:
    print("ValueError:", str(e)[:90])
