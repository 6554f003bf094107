# A mixture density output for multimodal forecasts
import torch
from torch.distributions import Categorical, Normal, MixtureSameFamily

logits = torch.tensor([[0.0, 1.0], [2.0, -1.0]])
means = torch.tensor([[-1.0, 1.0], [0.0, 3.0]])
stds = torch.tensor([[0.5, 0.5], [1.0, 0.2]])
mix = MixtureSameFamily(Categorical(logits=logits), Normal(means, stds))
print(mix)
print(mix.batch_shape, mix.event_shape)
print(mix.mean)
print(mix.log_prob(torch.tensor([0.0, 3.0])))
torch.manual_seed(46)
print(mix.sample((3,)).shape)
print(mix.variance)
