# a Gaussian mixture prior with MixtureSameFamily
import torch
from torch.distributions import Categorical, MixtureSameFamily, Normal

torch.manual_seed(138)
mix = Categorical(logits=torch.tensor([0.0, 1.0]))
comp = Normal(torch.tensor([-2.0, 2.0]), torch.tensor([0.5, 1.0]))
gmm = MixtureSameFamily(mix, comp)
x = gmm.sample((5,))
print(x)
print(gmm.log_prob(torch.tensor([-2.0, 0.0, 2.0])))
print(gmm.mean, gmm.variance)
