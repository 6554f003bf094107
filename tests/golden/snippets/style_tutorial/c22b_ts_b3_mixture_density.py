import torch
from torch.distributions import Categorical, Normal, MixtureSameFamily, Independent, kl_divergence

logits = torch.tensor([0.0, 1.0])
comp = Normal(torch.tensor([-1.0, 2.0]), torch.tensor([0.5, 1.0]))
mix = MixtureSameFamily(Categorical(logits=logits), comp)
print(mix.mean, mix.variance)
print(mix.log_prob(torch.tensor([0.0, 2.0])))
ind = Independent(Normal(torch.zeros(3), torch.ones(3)), 1)
print(ind.batch_shape, ind.event_shape, ind.log_prob(torch.zeros(3)))
print(kl_divergence(Normal(0.0, 1.0), Normal(1.0, 2.0)))
