# Count data and scale priors: NegativeBinomial, InverseGamma and the softplus transform
import torch
from torch.distributions import NegativeBinomial, InverseGamma, TransformedDistribution, Normal, constraints
from torch.distributions.transforms import SoftplusTransform
torch.manual_seed(13)
nb = NegativeBinomial(torch.tensor([3.0, 5.5]), probs=torch.tensor([0.3, 0.6]))
s = nb.sample((4,))
print(nb, s, nb.log_prob(s), nb.mean, nb.variance, nb.mode, nb.logits)
nb2 = NegativeBinomial(2, logits=torch.tensor(0.4))
print(nb2, nb2.sample((3,)), nb2.log_prob(torch.tensor([0., 1., 5.])))
try: NegativeBinomial(2, probs=torch.tensor(1.0))
except ValueError as e: print(e)
ig = InverseGamma(torch.tensor([2.5, 1.5]), torch.tensor([1.0, 2.0]))
x = ig.rsample((3,)) if False else ig.sample((3,))
print(ig, x, ig.log_prob(x), ig.mean, ig.variance, ig.mode, ig.entropy(), ig.concentration)
t = SoftplusTransform()
y = t(torch.tensor([-1.0, 0.0, 2.0]))
print(t, y, t.inv(y), t.log_abs_det_jacobian(torch.tensor([-1.0, 0.0, 2.0]), y), t == SoftplusTransform())
sp = TransformedDistribution(Normal(torch.zeros(2), 1.0), [SoftplusTransform()])
z = sp.sample((2,)); print(z, sp.log_prob(z), constraints.half_open_interval(0.0, 1.0))
c = torch.tensor(3.0, requires_grad=True)
NegativeBinomial(c, probs=torch.tensor(0.4)).log_prob(torch.tensor(2.0)).backward(); print(c.grad)
