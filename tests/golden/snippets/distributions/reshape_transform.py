import torch
from torch.distributions import Independent, Normal, TransformedDistribution
from torch.distributions.transforms import ReshapeTransform

t = ReshapeTransform((4,), (2, 2))
x = torch.arange(8.).reshape(2, 4)
y = t(x)
print(y, t.inv(y).shape, t.log_abs_det_jacobian(x, y))
print(t.forward_shape((3, 4)), t.inverse_shape(torch.Size([5, 2, 2])), t.bijective, t.domain.event_dim,
      t.codomain.event_dim)
print(t.with_cache(1)(x).shape, t == t, t)
for f in (lambda: ReshapeTransform((3,), (2, 2)), lambda: t.forward_shape((3, 5)), lambda: t.inverse_shape((2,))):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
torch.manual_seed(0)
d = TransformedDistribution(Independent(Normal(torch.zeros(4), torch.ones(4)), 1), [t])
s = d.sample((2,))
print(s.shape, d.event_shape, d.log_prob(s))
try:
    t.event_dim
except ValueError as e:
    print("ValueError", e)
