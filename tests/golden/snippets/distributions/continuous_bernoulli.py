# ContinuousBernoulli: probs or logits, the Taylor branch near 1/2, rsample's gradient, log_prob, cdf,
# icdf, entropy, its KL divergences, expand, and the checks it makes.
import torch
import torch.distributions as D
from torch.distributions import ContinuousBernoulli as CB, kl_divergence

torch.manual_seed(0)
m = CB(torch.tensor([0.3]))
print(m, m.batch_shape, m.has_rsample, m.support, m.arg_constraints, m.mean, m.variance, m.stddev)
print(m.sample(), m.sample((2,)))
p = torch.tensor([0.0, 0.1, 0.4989, 0.4995, 0.5, 0.5005, 0.5011, 0.8, 1.0], requires_grad=True)
c = CB(probs=p)
print(c.probs, c.logits, c.mean, c.variance, sep="\n")
x = c.rsample((2,))
x.sum().backward()
print(x, p.grad, sep="\n")
v = torch.linspace(0, 1, 9)
print(c.log_prob(v), c.cdf(v), c.icdf(v), c.entropy(), c._log_normalizer(c.logits), sep="\n")
lg = CB(logits=torch.tensor([-2.0, 0.0, 0.001, 3.0]))
print(lg, lg.probs, lg.mean, lg.entropy(), lg.sample())
print(CB(0.3), CB(0.3).batch_shape, CB(logits=1.0).sample((3,)))
q, r = CB(torch.tensor([0.2, 0.7, 0.5, 0.9])), CB(torch.tensor([0.6, 0.1, 0.4, 0.5]))
print(kl_divergence(q, r), kl_divergence(D.Beta(torch.tensor([2.0]), torch.tensor([3.0])), r))
print(kl_divergence(q, D.Normal(torch.tensor(0.3), torch.tensor(2.0))), kl_divergence(q, D.Exponential(torch.tensor(1.5))))
print(kl_divergence(q, D.Uniform(torch.tensor([-0.1, 0.0, 0.1, -1.0]), torch.tensor([1.1, 1.0, 0.9, 2.0]))))
print(kl_divergence(D.Uniform(torch.tensor([0.1, 0.0, 0.2, -1.0]), torch.tensor([0.9, 1.0, 0.3, 2.0])), q))
print(kl_divergence(D.Normal(0.0, 1.0), q), kl_divergence(q, D.Pareto(1.0, 2.0)), kl_divergence(D.Gamma(1.0, 2.0), q))
e = q.expand((2, 4))
print(e, e.sample().shape, e._lims)
for bad in (lambda: CB(), lambda: CB(0.3, 0.2), lambda: CB(torch.tensor([1.5])),
            lambda: CB(torch.tensor([1.5]), validate_args=False), lambda: m.log_prob(torch.tensor([1.5]))):
    try:
        print(bad())
    except ValueError as err:
        print("ValueError", err)
d = CB(torch.tensor([0.3, 0.6], dtype=torch.float64), lims=(0.4, 0.6))
print(d.mean, d.log_prob(torch.tensor([0.2, 0.9], dtype=torch.float64)))
