# Estimator statistics: bias and variance of the sample variance with and without Bessel's correction.
import torch

torch.manual_seed(44)
true_var = 4.0
samples = torch.normal(0.0, 2.0, size=(20000, 5))
biased = samples.var(dim=1, unbiased=False)
unbiased = samples.var(dim=1)
print(biased.mean() - true_var, unbiased.mean() - true_var)
print(biased.var(), unbiased.var())
mse_b = ((biased - true_var) ** 2).mean()
mse_u = ((unbiased - true_var) ** 2).mean()
print(mse_b, mse_u, mse_b < mse_u)
print(torch.var(samples[0], correction=0), torch.var(samples[0], correction=2))
