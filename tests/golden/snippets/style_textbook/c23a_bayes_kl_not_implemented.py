# kl_divergence raises NotImplementedError for pairs without a registered formula
import torch
from torch.distributions import Normal, Categorical, Uniform, kl_divergence

try:
    kl_divergence(Normal(0.0, 1.0), Categorical(probs=torch.tensor([0.5, 0.5])))
except NotImplementedError as e:
    print("NotImplementedError", e)
print(kl_divergence(Uniform(0.0, 1.0), Normal(0.0, 1.0)))
print(kl_divergence(Normal(0.0, 1.0), Uniform(0.0, 1.0)))
