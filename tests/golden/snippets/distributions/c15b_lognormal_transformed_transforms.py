# LogNormal, TransformedDistribution and the exp / affine / sigmoid transforms: values, shapes, reprs, errors.
import torch
from torch.distributions import LogNormal, Normal, TransformedDistribution, Uniform
from torch.distributions.transforms import AffineTransform, ExpTransform, SigmoidTransform

ln = LogNormal(torch.tensor([0.0, 1.0]), torch.tensor([0.5, 2.0]))
x = torch.tensor([0.5, 3.0])
print(ln, ln.batch_shape, ln.support, ln.transforms, ln.log_prob(x), ln.mean, ln.variance, ln.mode, ln.entropy())
print(ln.cdf(x), ln.icdf(torch.tensor([0.25, 0.75])), ln.has_rsample)
print(ExpTransform().inv, ExpTransform().inv.inv, SigmoidTransform().codomain, AffineTransform(0.0, -2.0).sign)
s = SigmoidTransform()
print(s(torch.tensor([-100.0, 0.0, 40.0])), s.log_abs_det_jacobian(torch.tensor(1.0), s(torch.tensor(1.0))))
logistic = TransformedDistribution(Uniform(0.0, 1.0), [SigmoidTransform().inv, AffineTransform(2.0, 0.5)])
print(logistic, logistic.batch_shape, logistic.log_prob(torch.tensor([1.0, 3.5])), logistic.support)
torch.manual_seed(0)
print(logistic.sample((3,)), ln.rsample((2,)).shape)
flipped = TransformedDistribution(Normal(0.0, 1.0), AffineTransform(1.0, -2.0))
print(flipped.cdf(torch.tensor([0.0, 2.0])), flipped.icdf(torch.tensor(0.9)))
mu = torch.tensor(0.3, requires_grad=True)
lp = LogNormal(mu, 1.0).log_prob(torch.tensor(2.0))
lp.backward()
print(lp, mu.grad)
for text, call in [("support", lambda: ln.log_prob(torch.tensor(-1.0))), ("scale", lambda: LogNormal(0.0, -1.0)),
                   ("list", lambda: TransformedDistribution(Normal(0.0, 1.0), [1])),
                   ("tuple", lambda: TransformedDistribution(Normal(0.0, 1.0), (ExpTransform(),)))]:
    try:
        call()
    except ValueError as e:
        print(text, e)
