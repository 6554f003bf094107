import torch
from torch.distributions import Uniform

torch.manual_seed(0)
u = Uniform(torch.tensor([0.0, -1.0]), torch.tensor([1.0, 3.0]))
print(u)
print(u.sample(), u.sample((2,)))
print(u.log_prob(torch.tensor([0.5, 2.0])), u.entropy())
print(u.mean, u.stddev, u.variance)
low = torch.tensor(2.0, requires_grad=True)
x = Uniform(low, 5.0).rsample((3,))
print(x, x.grad_fn)
x.sum().backward()
print(low.grad)
try:
    Uniform(1.0, 0.0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    u.log_prob(torch.tensor([2.0, 2.0]))
except ValueError as e:
    print(type(e).__name__, e)
