# LogisticNormal and StickBreakingTransform: samples on the simplex, rsample and log_prob gradients,
# shapes (a number, a batch, a TransformedDistribution of its own), expand, and the checks.
import torch
import torch.distributions as D
from torch.distributions import LogisticNormal
from torch.distributions.transforms import StickBreakingTransform
torch.manual_seed(0)
m = LogisticNormal(torch.tensor([0.0] * 3), torch.tensor([1.0] * 3))
print(m, m.batch_shape, m.event_shape, m.support, m.has_rsample, m.loc, m.scale, m.base_dist)
s = m.sample()
print(s, s.sum())
loc = torch.tensor([[0.5, -1.0], [2.0, 0.0]], requires_grad=True)
scale = torch.tensor([[1.0, 0.5], [0.3, 2.0]], requires_grad=True)
n = LogisticNormal(loc, scale)
print(n.batch_shape, n.event_shape)
x = n.rsample((3,))
print(x, x.grad_fn)
lp = n.log_prob(x.detach())
print(lp, lp.grad_fn)
(lp.sum() + x.sum()).backward()
print(loc.grad, scale.grad)
t = StickBreakingTransform()
print(t, t.domain, t.codomain, t.bijective, t.event_dim, t == StickBreakingTransform(), t.inv)
print(t.forward_shape((2, 3)), t.inverse_shape((4,)))
y = t(torch.tensor([0.0, 0.0, 0.0]))
print(y, t.inv(y), t.log_abs_det_jacobian(torch.tensor([0.0, 0.0, 0.0]), y))
print(t.inv(torch.tensor([0.2, 0.3, 0.5, 0.0])))
print(LogisticNormal(0.0, 1.0), LogisticNormal(0.0, 1.0).sample((2,)), LogisticNormal(0.0, 1.0).event_shape)
e = n.expand((4, 2))
print(e, e.batch_shape, e.sample().shape, type(e).__name__)
td = D.TransformedDistribution(D.Normal(torch.zeros(2, 3), torch.ones(2, 3)), [StickBreakingTransform()])
print(td.batch_shape, td.event_shape, td.sample().shape, td.log_prob(td.sample()).shape)
td2 = D.TransformedDistribution(D.Independent(D.Normal(torch.zeros(3), torch.ones(3)), 1),
                                [StickBreakingTransform(), D.transforms.ExpTransform().inv])
print(td2.batch_shape, td2.event_shape)
print(m.log_prob(torch.tensor([0.25, 0.25, 0.25, 0.25])))
for bad in (lambda: LogisticNormal(torch.tensor([0.0]), torch.tensor([-1.0])), lambda: t.forward_shape(()),
            lambda: m.log_prob(torch.tensor([0.5, 0.5, 0.5, 0.5])), lambda: m.log_prob(torch.tensor([0.5, 0.5, 0.0]))):
    try:
        print(bad())
    except ValueError as e:
        print("ValueError", e)
