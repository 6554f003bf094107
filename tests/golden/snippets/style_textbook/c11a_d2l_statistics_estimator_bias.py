# d2l statistics appendix: bias and variance of estimators (sample mean, biased/unbiased variance) by simulation.
import torch

torch.manual_seed(42)
theta_true = 1.0
sigma = 4.0
sample_len = 10000
samples = torch.normal(theta_true, sigma, size=(sample_len, 1))
theta_est = torch.mean(samples)
print(theta_est)

def stat_bias(true_theta, est_theta):
    return torch.mean(est_theta) - true_theta

def mse(data, true_theta):
    return torch.mean(torch.square(data - true_theta))

print(mse(samples, theta_true))
bias = stat_bias(theta_true, theta_est)
print(torch.square(samples.std(unbiased=False)) + torch.square(bias))
trials = torch.normal(0.0, 2.0, size=(5000, 5))
biased = trials.var(dim=1, unbiased=False)
unbiased = trials.var(dim=1)
print(biased.mean(), unbiased.mean(), 4.0 * 4 / 5)
means = trials.mean(dim=1)
print(means.var(), 4.0 / 5)
ci_lo, ci_hi = means - 1.96 * 2 / 5 ** 0.5, means + 1.96 * 2 / 5 ** 0.5
print(((ci_lo < 0) & (0 < ci_hi)).float().mean())
