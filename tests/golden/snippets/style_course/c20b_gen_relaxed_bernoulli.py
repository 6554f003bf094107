# relaxed Bernoulli (concrete) latent with rsample
import torch
from torch.distributions import RelaxedBernoulli

torch.manual_seed(140)
logits = torch.tensor([0.0, 2.0, -1.0], requires_grad=True)
d = RelaxedBernoulli(temperature=torch.tensor(0.5), logits=logits)
z = d.rsample()
print(z)
(z * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(logits.grad)
print(d.log_prob(z.detach()))
