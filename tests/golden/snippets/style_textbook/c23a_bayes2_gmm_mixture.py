# A Gaussian mixture with MixtureSameFamily: log density, component posterior, samples
import torch
from torch.distributions import Categorical, MixtureSameFamily, Normal

mix = Categorical(probs=torch.tensor([0.3, 0.7]))
comp = Normal(torch.tensor([-1.0, 2.0]), torch.tensor([0.5, 1.0]))
gmm = MixtureSameFamily(mix, comp)
x = torch.tensor([-1.0, 0.5, 2.0])
print(gmm.log_prob(x))
log_joint = comp.log_prob(x[:, None]) + mix.logits
print(torch.softmax(log_joint, dim=1))
print(gmm.mean, gmm.variance)
torch.manual_seed(28)
print(gmm.sample((4,)))
print(gmm.batch_shape, gmm.event_shape)
