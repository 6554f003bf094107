# Categorical / Bernoulli: enumerate_support, expand-free batch shapes, sample with a batch of logits
import torch
from torch.distributions import Bernoulli, Categorical, OneHotCategorical

torch.manual_seed(0)
c = Categorical(logits=torch.zeros(2, 3))
print(c.batch_shape, c.enumerate_support())
print(c.sample((2,)))
print(Bernoulli(torch.tensor([0.2, 0.8])).enumerate_support())
oh = OneHotCategorical(torch.tensor([0.25, 0.25, 0.25, 0.25]))
print(oh.sample())
