# Exercise: bootstrapped 95% confidence interval of the mean of a 1D tensor
import torch

torch.manual_seed(0)
X = torch.randn(100)
N = 1000
idx = torch.randint(0, X.numel(), (N, X.numel()))
means = X[idx].mean(dim=1)
confint = torch.quantile(means, torch.tensor([0.025, 0.975]))
print(confint)
print(X.mean())
