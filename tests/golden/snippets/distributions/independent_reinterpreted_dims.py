# Independent: batch dims reinterpreted as event dims, log_prob/entropy summed, KL between two, checks.
import torch
from torch.distributions import Normal, Independent, Bernoulli, kl_divergence
torch.manual_seed(0)
base = Normal(torch.zeros(2, 3), torch.ones(2, 3))
d = Independent(base, 1)
print(d, d.batch_shape, d.event_shape, d.has_rsample, d.support)
x = d.sample((4,))
print(x.shape, d.log_prob(x), d.entropy(), d.mean.shape, d.variance.shape)
d2 = Independent(base, 2)
print(d2.batch_shape, d2.event_shape, d2.log_prob(torch.zeros(2, 3)))
print(kl_divergence(d, Independent(Normal(torch.ones(2, 3), 2 * torch.ones(2, 3)), 1)))
b = Independent(Bernoulli(probs=torch.tensor([[0.2, 0.7]])), 1)
print(b, b.has_rsample, b.log_prob(torch.tensor([[1.0, 0.0]])), b.sample())
print(Independent(base, 0).batch_shape)
try:
    Independent(base, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    kl_divergence(d, d2)
except NotImplementedError as e:
    print("NotImplementedError", e)
r = Independent(Normal(torch.zeros(3, requires_grad=True), torch.ones(3)), 1).rsample()
print(r.grad_fn is not None)
