# torch.std / var with a list of dims, unbiased=, correction= and float64
import torch

torch.manual_seed(0)
x = torch.randn(2, 3, 4)
print(torch.std(x, dim=[0, 2]))
print(torch.var(x, dim=(1, 2), unbiased=False))
print(torch.std(x, dim=-1, correction=2, keepdim=True).shape)
print(x.double().std(), x.var(0).shape)
print(torch.tensor([1.0]).std())
