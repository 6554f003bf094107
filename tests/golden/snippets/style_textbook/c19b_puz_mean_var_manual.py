# Puzzle: mean and variance from sums, compared with the library
import torch

x = torch.tensor([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
n = x.shape[0]
mean = x.sum() / n
var_pop = ((x - mean) ** 2).sum() / n
var_sample = ((x - mean) ** 2).sum() / (n - 1)
print(mean, x.mean())
print(var_pop, x.var(unbiased=False), x.var(correction=0))
print(var_sample, x.var())
print(x.std(), torch.std_mean(x))
print(torch.var_mean(x, correction=0))
