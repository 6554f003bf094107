# Beta-Bernoulli conjugate update; Uniform is Beta(1, 1)
import torch
from torch.distributions import Beta, Uniform

flips = torch.tensor([1, 0, 1, 1, 1, 0, 1])
a, b = 1 + flips.sum(), 1 + (1 - flips).sum()
post = Beta(a.float(), b.float())
print(a, b)
print(post.mean, post.mode, post.variance)
print(post.log_prob(torch.tensor(0.5)))
print(Beta(1.0, 1.0).log_prob(torch.tensor(0.3)), Uniform(0.0, 1.0).log_prob(torch.tensor(0.3)))
print(post)
