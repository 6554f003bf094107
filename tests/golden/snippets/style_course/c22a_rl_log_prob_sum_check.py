import torch
from torch.distributions import Categorical, Bernoulli

torch.manual_seed(44)
b = Bernoulli(probs=torch.tensor([0.3, 0.9]))
x = b.sample()
print(x)
print(b.log_prob(x))
print(b.entropy())
c = Categorical(logits=torch.zeros(5))
print(c.entropy(), torch.log(torch.tensor(5.0)))
print(c.log_prob(torch.tensor(3)))
