# Section 13.2: standard error shrinks like 1/sqrt(n)
import torch

torch.manual_seed(11)
samples = torch.randn(4, 2500)
means = samples.mean(dim=1)
print(means.round(decimals=3))
print(samples.std(dim=1).round(decimals=2))
print(samples.mean().round(decimals=3), samples.var().round(decimals=2))
