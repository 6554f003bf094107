# A Beta policy for actions in [0, 1]
import torch
from torch.distributions import Beta

torch.manual_seed(18)
alpha = torch.tensor([2.0, 0.5])
beta = torch.tensor([3.0, 0.5])
d = Beta(alpha, beta)
print(d)
print(d.mean)
print(d.variance)
s = d.sample((3,))
print(s.shape)
print(((s > 0) & (s < 1)).all())
print(d.log_prob(torch.tensor([0.4, 0.5])))
try:
    d.log_prob(torch.tensor([1.5, 0.5]))
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
