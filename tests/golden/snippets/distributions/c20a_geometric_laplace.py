# Geometric and Laplace: draws, log_prob, moments, entropy, KL, gradients and validation
import torch
from torch.distributions import Geometric, Laplace, kl_divergence

torch.manual_seed(3)
g = Geometric(torch.tensor([0.3, 0.9, 1.0]))
print(g, g.sample((2,)), g.log_prob(torch.tensor([0., 2., 0.])))
print(g.mean, g.variance, g.mode, g.entropy())
g2 = Geometric(logits=torch.tensor([-1.0, 2.0]))
print(g2.probs, g2.sample(), kl_divergence(g2, Geometric(torch.tensor([0.5, 0.5]))))
la = Laplace(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]))
print(la, la.sample(), la.stddev, la.variance)
print(la.log_prob(torch.tensor([0.5, -1.])), la.cdf(torch.tensor([0.5, -1.])), la.icdf(torch.tensor([0.1, 0.9])))
loc = torch.tensor(0.5, requires_grad=True)
scale = torch.tensor(2.0, requires_grad=True)
s = Laplace(loc, scale).rsample((4,))
s.sum().backward()
print(s, loc.grad, scale.grad)
print(kl_divergence(la, Laplace(1.0, 1.0)), Laplace(0., 1.).batch_shape)
for make in [lambda: Geometric(torch.tensor([0.0, 0.5])), lambda: Laplace(0., -1.), lambda: Geometric(0.5, 0.1)]:
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)
