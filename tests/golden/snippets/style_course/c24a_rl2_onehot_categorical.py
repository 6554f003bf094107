# OneHotCategorical and its relaxed version
import torch
from torch.distributions import OneHotCategorical, RelaxedOneHotCategorical

torch.manual_seed(25)
d = OneHotCategorical(logits=torch.tensor([0.0, 1.0, -1.0]))
print(d)
s = d.sample((4,))
print(s)
print(d.log_prob(s))
print(d.event_shape, d.mean)
r = RelaxedOneHotCategorical(torch.tensor(0.5), logits=torch.tensor([0.0, 1.0, -1.0]))
x = r.rsample()
print(x.shape, round(x.sum().item(), 4))
print(r.temperature)
