# log_prob with a Python float: validation wants a Tensor
import torch
from torch.distributions import Normal

d = Normal(0.0, 1.0)
try:
    d.log_prob(0.5)
except ValueError as e:
    print("ValueError:", e)
print(d.log_prob(torch.tensor(0.5)))
d2 = Normal(0.0, 1.0, validate_args=False)
print(d2.log_prob(torch.tensor([0.5, 1.5])))
print(d.perplexity())
