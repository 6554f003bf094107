# Concrete relaxation: RelaxedBernoulli samples in (0, 1) and keeps gradients
import torch
from torch.distributions import RelaxedBernoulli

logits = torch.tensor([0.0, 2.0, -2.0], requires_grad=True)
d = RelaxedBernoulli(temperature=torch.tensor(0.5), logits=logits)
torch.manual_seed(17)
s = d.rsample()
print(s.shape, ((s > 0) & (s < 1)).all())
s.sum().backward()
print(logits.grad.shape, d.has_rsample)
print(d.temperature, d.batch_shape)
