# Coin tossing: Bernoulli samples, the Binomial pmf, and the MLE of the head probability.
import torch
from torch.distributions import Bernoulli, Binomial

torch.manual_seed(17)
coin = Bernoulli(probs=torch.tensor(0.3))
tosses = coin.sample((100,))
print(tosses.dtype, tosses[:10], tosses.mean())
print(coin.log_prob(torch.tensor([0.0, 1.0])).exp())
binom = Binomial(total_count=10, probs=torch.tensor(0.3))
k = torch.arange(11.)
pmf = binom.log_prob(k).exp()
print(pmf)
print(pmf.sum(), (k * pmf).sum(), binom.mean, binom.variance)
theta = torch.tensor(0.5, requires_grad=True)
heads, n = tosses.sum(), len(tosses)
for _ in range(200):
    nll = -(heads * torch.log(theta) + (n - heads) * torch.log(1 - theta))
    g, = torch.autograd.grad(nll, theta)
    with torch.no_grad():
        theta -= 1e-3 * g
print(theta, heads / n)
