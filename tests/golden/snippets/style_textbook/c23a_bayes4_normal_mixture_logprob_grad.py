# Gradient of a mixture log-likelihood with respect to the component means
import torch
from torch.distributions import Categorical, MixtureSameFamily, Normal

means = torch.tensor([-1.0, 1.0], requires_grad=True)
gmm = MixtureSameFamily(Categorical(logits=torch.zeros(2)), Normal(means, torch.ones(2)))
data = torch.tensor([-1.2, 0.9, 1.4, -0.7])
ll = gmm.log_prob(data).sum()
ll.backward()
print(ll, means.grad)
print(gmm.component_distribution, gmm.mixture_distribution.probs)
