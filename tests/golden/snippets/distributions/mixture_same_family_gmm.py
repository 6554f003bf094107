# A Gaussian mixture with MixtureSameFamily, in one and two dimensions
import torch
from torch.distributions import MixtureSameFamily, Categorical, Normal, Independent

torch.manual_seed(4)
mix = MixtureSameFamily(Categorical(logits=torch.tensor([0.2, 0.8])),
                        Normal(torch.tensor([-1.0, 2.0]), torch.tensor([0.5, 1.0])))
print(mix)
print(mix.sample((5,)), mix.log_prob(torch.tensor([0.0, 1.0])))
print(mix.mean, mix.variance, mix.cdf(torch.tensor(0.5)), mix.support)
means = torch.randn(3, 2, requires_grad=True)
gmm2 = MixtureSameFamily(Categorical(torch.ones(3)), Independent(Normal(means, torch.rand(3, 2) + 0.5), 1))
print(gmm2.batch_shape, gmm2.event_shape, gmm2.sample((2,)))
nll = -gmm2.log_prob(torch.tensor([[0.0, 0.0], [1.0, -1.0]])).mean()
nll.backward()
print(nll, means.grad, gmm2.mean)
try:
    MixtureSameFamily(Categorical(torch.ones(2)), Normal(torch.zeros(3), torch.ones(3)))
except ValueError as e:
    print(e)
