import torch

# Exam B3-13. var/std with and without Bessel's correction.
x = torch.tensor([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
print(x.var(), x.var(unbiased=False), x.var(correction=0))
print(x.std(), torch.std_mean(x, correction=0))
print(torch.var_mean(x.view(2, 4), dim=1))
print(torch.tensor([3.0]).var())
