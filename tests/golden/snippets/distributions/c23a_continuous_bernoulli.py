# ContinuousBernoulli: moments (Taylor inside the region around 1/2), densities, cdf/icdf, samples, KL pairs
import torch
from torch.distributions import Beta, ContinuousBernoulli, Exponential, Normal, Uniform, kl_divergence

d = ContinuousBernoulli(probs=torch.tensor([0.01, 0.2, 0.4995, 0.5, 0.7, 1.0]))
print(d, d.probs)
print(d.mean, d.variance)
print(d.entropy(), d.log_prob(torch.full((6,), 0.3)))
print(d.cdf(torch.tensor([0.0, 0.3, 0.3, 0.5, 0.9, 1.0])), d.icdf(torch.full((6,), 0.25)))
lg = torch.tensor([0.5, -1.0], requires_grad=True)
torch.manual_seed(2)
s = ContinuousBernoulli(logits=lg).rsample((3,))
s.sum().backward()
print(s, lg.grad)
q, r = ContinuousBernoulli(torch.tensor([0.3, 0.6])), ContinuousBernoulli(torch.tensor([0.5, 0.1]))
print(kl_divergence(q, r), kl_divergence(q, Normal(0.0, 1.0)), kl_divergence(q, Uniform(-1.0, 2.0)))
print(kl_divergence(Beta(torch.tensor([2.0, 3.0]), torch.tensor([1.0, 2.0])), q), kl_divergence(Normal(0.0, 1.0), q))
print(kl_divergence(Uniform(torch.tensor([0.1, -0.2]), torch.tensor([0.5, 0.9])), q), kl_divergence(q, Exponential(2.0)))
for make in (lambda: ContinuousBernoulli(), lambda: ContinuousBernoulli(probs=torch.tensor([1.5]), validate_args=True),
             lambda: q.log_prob(torch.tensor([1.5, 0.2]))):
    try:
        make()
    except ValueError as e:
        print("ValueError:", str(e).split(" of the distribution")[0])
print(ContinuousBernoulli(0.3).expand((2,)).batch_shape, ContinuousBernoulli(probs=torch.tensor([1.5])).probs)
