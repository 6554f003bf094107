# torch.pow, exp, exp2, log, log2, log10, log1p, expm1
import torch

torch.manual_seed(0)
a = torch.randn(4)
print(torch.pow(a, 2))
exp = torch.arange(1., 5.)
print(torch.pow(2, exp))
print(torch.pow(torch.arange(1., 5.), exp))
print(torch.exp(torch.tensor([0, 2.0 ** 0.5])))
print(torch.exp2(torch.tensor([0, 2.0, 3, 4])))
b = torch.rand(5) * 5
print(torch.log(b), torch.log2(b), torch.log10(b))
print(torch.log1p(torch.tensor([1e-10, 0.5])), torch.expm1(torch.tensor([0., 1e-10])))
