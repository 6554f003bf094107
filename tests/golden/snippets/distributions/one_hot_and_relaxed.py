# One-hot categoricals, straight-through gradients and the Gumbel-softmax relaxation
import torch
from torch.distributions import OneHotCategorical, OneHotCategoricalStraightThrough
from torch.distributions import RelaxedBernoulli, RelaxedOneHotCategorical

torch.manual_seed(3)
oh = OneHotCategorical(torch.tensor([0.2, 0.5, 0.3]))
s = oh.sample((4,))
print(oh, s, oh.log_prob(s), oh.entropy(), oh.mean, oh.variance, oh.mode)
print(oh.enumerate_support())
logits = torch.tensor([[1.0, 2.0, 0.5], [0.1, 0.1, 3.0]], requires_grad=True)
r = OneHotCategoricalStraightThrough(logits=logits).rsample()
(r * torch.arange(3.0)).sum().backward()
print(r, logits.grad)
rb = RelaxedBernoulli(torch.tensor(0.5), probs=torch.tensor([0.1, 0.7]))
x = rb.rsample((2,))
print(rb, x, rb.log_prob(x), rb.logits)
ro = RelaxedOneHotCategorical(torch.tensor(0.3), logits=logits)
y = ro.rsample()
print(ro, y, ro.log_prob(y))
logits.grad = None
y.pow(2).sum().backward()
print(logits.grad)
