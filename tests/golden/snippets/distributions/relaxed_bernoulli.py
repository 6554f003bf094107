# RelaxedBernoulli (and the LogitRelaxedBernoulli under it): samples, log-densities, errors
import torch
from torch.distributions import RelaxedBernoulli
from torch.distributions.relaxed_bernoulli import LogitRelaxedBernoulli

torch.manual_seed(0)
d = RelaxedBernoulli(torch.tensor(0.3), probs=torch.tensor([0.2, 0.9]))
print(d, d.batch_shape, d.event_shape, d.support, d.has_rsample, d.temperature)
print(d.sample((2,)), d.rsample().shape, d.probs, d.logits)
print(d.log_prob(torch.tensor([0.1, 0.95])))
l = LogitRelaxedBernoulli(torch.tensor(2.0), logits=torch.tensor(0.5))
print(l, l.batch_shape, l.sample((3,)), l.log_prob(torch.tensor(0.3)), l.param_shape, l.support)
logits = torch.tensor([0.0, 1.0], requires_grad=True)
z = RelaxedBernoulli(torch.tensor(0.5), logits=logits).rsample()
print(z)
z.sum().backward()
print(logits.grad)
r = RelaxedBernoulli(torch.tensor(0.5), 0.3)
print(r.batch_shape, r.sample())
for make in (lambda: RelaxedBernoulli(torch.tensor(1.0)), lambda: RelaxedBernoulli(torch.tensor(1.0), probs=torch.tensor(1.5)),
             lambda: d.log_prob(torch.tensor([1.5, 0.5])), lambda: d.mean, lambda: d.entropy()):
    try:
        print(make())
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
