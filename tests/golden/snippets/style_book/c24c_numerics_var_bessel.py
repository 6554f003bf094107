# Section 8.6: variance with and without Bessel's correction
import torch

sample = torch.tensor([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
print(sample.var(), sample.var(unbiased=False), sample.var(correction=0))
print(sample.std(correction=0), torch.var_mean(sample))
print(torch.std_mean(sample, correction=2))
print(torch.tensor([3.0]).var())
