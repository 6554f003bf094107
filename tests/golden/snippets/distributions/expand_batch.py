# Distribution.expand: the same distribution over a bigger batch, and the subclass rule
import torch
from torch.distributions import (Bernoulli, Binomial, Categorical, Distribution, Gumbel, HalfNormal, Independent,
                                 MixtureSameFamily, MultivariateNormal, Normal, OneHotCategorical,
                                 RelaxedOneHotCategorical, StudentT)

torch.manual_seed(0)


class FixedLocNormal(Normal):
    def __init__(self, scale):
        super().__init__(0.0, scale)


cases = [lambda: FixedLocNormal(1.0).expand((2,)), lambda: Normal(torch.zeros(2), 1.0).expand((3, 3)),
         lambda: Categorical(torch.ones(3)).expand((2,)).sample(), lambda: Independent(Normal(torch.zeros(2), 1.0), 1).expand((3,)),
         lambda: HalfNormal(1.0).expand((2,)), lambda: MultivariateNormal(torch.zeros(2), torch.eye(2)).expand((3,)).sample(),
         lambda: Normal(0.0, 1.0).expand([2]).loc.stride(), lambda: sorted(Bernoulli(0.3).expand((2,)).__dict__),
         lambda: Normal(torch.zeros(2), torch.ones(2)).expand((4, 2)).log_prob(torch.zeros(4, 2)),
         lambda: OneHotCategorical(torch.tensor([0.2, 0.8])).expand((3,)).sample(),
         lambda: MixtureSameFamily(Categorical(torch.ones(2)), Normal(torch.zeros(2), torch.ones(2))).expand((3,)).sample(),
         lambda: StudentT(3.0).expand((2,)).sample(), lambda: Gumbel(0.0, 1.0).expand((3,)).sample(),
         lambda: Binomial(5, torch.tensor([0.3, 0.5])).expand((3, 2)).sample(),
         lambda: RelaxedOneHotCategorical(torch.tensor(0.5), torch.ones(3)).expand((2,)).rsample()]
for make in cases:
    try:
        print(make())
    except (NotImplementedError, RuntimeError) as e:
        print(type(e).__name__, e)
