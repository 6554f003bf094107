# Section 8.6: variance with and without Bessel's correction
import torch

x = torch.tensor([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
print(x.var(), x.var(unbiased=False), x.var(correction=0))
print(x.std(correction=0), torch.var_mean(x))
print(torch.std_mean(x, correction=2))
print(torch.tensor([3.0]).var())
