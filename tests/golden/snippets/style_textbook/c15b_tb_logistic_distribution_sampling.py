# Sampling a logistic distribution by inverting its cdf: the inverse sigmoid of uniform draws.
import torch

torch.manual_seed(43)
mu, s = 1.0, 0.5
u = torch.rand(10000)
x = mu + s * torch.log(u / (1 - u))
print(x.mean(), x.var(), (torch.pi ** 2) * s ** 2 / 3)
grid = torch.linspace(-1.0, 3.0, 5)
cdf_emp = (x[:, None] <= grid).float().mean(0)
print(cdf_emp)
print(torch.sigmoid((grid - mu) / s))
print(torch.logit(torch.tensor([0.1, 0.5, 0.9])), torch.special.expit(torch.tensor([0.0, 2.0])))
