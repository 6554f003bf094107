# Numerics chapter: one-pass variance E[x^2]-E[x]^2 loses digits.
import torch

torch.manual_seed(3)
x = torch.randn(1000) + 10000.0
naive = (x ** 2).mean() - x.mean() ** 2
two_pass = ((x - x.mean()) ** 2).mean()
print(naive.item(), two_pass.item())
print(x.var(unbiased=False).item(), x.var().item())
print(x.double().var(unbiased=False).item())
print(torch.var_mean(x))
print(x.std(correction=0).item())
y = torch.tensor([1e4, 1e4 + 1, 1e4 + 2], dtype=torch.float32)
print(y.var(), (y ** 2).mean() - y.mean() ** 2)
