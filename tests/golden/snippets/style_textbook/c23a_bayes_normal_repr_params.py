# What printing a distribution shows for scalars, tensors and batched parameters
import torch
from torch.distributions import Normal, Categorical, Bernoulli, Uniform

print(Normal(0.0, 1.0))
print(Normal(torch.zeros(3), torch.ones(3)))
print(Categorical(logits=torch.zeros(2, 4)))
print(Bernoulli(probs=torch.tensor([0.2, 0.8])))
print(Uniform(torch.tensor(-1.0), torch.tensor(1.0)))
print(Normal(torch.zeros(20), 1.0).batch_shape)
