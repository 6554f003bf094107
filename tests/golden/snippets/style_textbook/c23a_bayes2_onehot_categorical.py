# OneHotCategorical: samples are one-hot rows; log_prob takes one-hot values
import torch
from torch.distributions import OneHotCategorical

d = OneHotCategorical(probs=torch.tensor([0.2, 0.5, 0.3]))
torch.manual_seed(34)
s = d.sample((4,))
print(s)
print(d.log_prob(s))
print(d.batch_shape, d.event_shape, d.mean)
print(d.enumerate_support())
