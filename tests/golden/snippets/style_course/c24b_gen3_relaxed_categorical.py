# RelaxedOneHotCategorical samples sum to one and keep gradients
import torch
from torch.distributions import RelaxedOneHotCategorical

torch.manual_seed(93)
logits = torch.tensor([1.0, 0.0, -1.0], requires_grad=True)
d = RelaxedOneHotCategorical(torch.tensor(0.5), logits=logits)
s = d.rsample()
print(s.sum(), s.shape)
(s * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(logits.grad.shape, d.temperature)
print(d.has_rsample)
