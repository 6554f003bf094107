# Composing transforms: affine, exp, power, softmax, abs
import torch
from torch.distributions import TransformedDistribution, Uniform, Normal
from torch.distributions.transforms import (AbsTransform, AffineTransform, ComposeTransform, ExpTransform,
                                            PowerTransform, SigmoidTransform, SoftmaxTransform, TanhTransform)

t = ComposeTransform([AffineTransform(1.0, 2.0), ExpTransform(), PowerTransform(torch.tensor(0.5))])
x = torch.tensor([0.1, -0.3])
y = t(x)
print(t, y, t.inv(y), t.log_abs_det_jacobian(x, y))
print(t.inv, t.sign, t.bijective, t.domain, t.codomain)
sm = SoftmaxTransform()
print(sm(torch.tensor([1.0, 2.0, 3.0])), sm.inv(torch.tensor([0.2, 0.3, 0.5])), sm.domain, sm.codomain)
print(AbsTransform()(torch.tensor([-1.0, 2.0])), AbsTransform() == AbsTransform(), TanhTransform().inv)
print(ExpTransform() == ExpTransform(), ExpTransform().inv == ExpTransform().inv, AffineTransform(1.0, 2.0) == AffineTransform(1.0, 2.0))
torch.manual_seed(7)
logistic = TransformedDistribution(Uniform(torch.zeros(2), torch.ones(2)), [SigmoidTransform().inv, AffineTransform(0.5, 2.0)])
s = logistic.sample((3,))
print(s, logistic.log_prob(s), logistic.event_shape, logistic.batch_shape)
td = TransformedDistribution(Normal(torch.zeros(3), 1.0), [ComposeTransform([ExpTransform(), TanhTransform()])])
print(td.sample(), td.support)
try:
    TanhTransform(cache_size=2)
except ValueError as e:
    print(e)
