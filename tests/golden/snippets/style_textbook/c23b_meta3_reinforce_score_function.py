import torch
from torch.distributions import Bernoulli

# Score-function (REINFORCE) gradient of an expected reward, with a baseline
torch.manual_seed(72)
logit = torch.tensor(0.0, requires_grad=True)
dist = Bernoulli(logits=logit)
samples = dist.sample((8,))
reward = samples * 2.0 - 0.5
baseline = reward.mean()
surrogate = (dist.log_prob(samples) * (reward - baseline)).mean()
surrogate.backward()
print(samples, reward.mean())
print(logit.grad, dist.probs)
print(dist.entropy().round(decimals=4))
