# log_prob of S samples against a batch of B posteriors broadcasts to (S, B)
import torch
from torch.distributions import Normal

torch.manual_seed(53)
post = Normal(torch.tensor([0.0, 1.0, -1.0]), torch.tensor([1.0, 0.5, 2.0]))
z = post.sample((4,))
print(z.shape, post.log_prob(z).shape)
prior = Normal(0.0, 1.0)
print(prior.log_prob(z).shape)
print((post.log_prob(z) - prior.log_prob(z)).mean(0).shape)
print(post.log_prob(torch.zeros(4, 1)).shape)
