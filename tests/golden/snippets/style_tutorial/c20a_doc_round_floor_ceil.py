# torch.round (with decimals), floor, ceil, trunc, frac
import torch

print(torch.round(torch.tensor((4.7, -2.3, 9.1, -7.7))))
print(torch.round(torch.tensor([-0.5, 0.5, 1.5, 2.5])))
print(torch.round(torch.tensor([0.1234567]), decimals=3))
print(torch.round(torch.tensor([1200.1234567]), decimals=-3))
torch.manual_seed(0)
a = torch.randn(4)
print(a)
print(torch.floor(a), torch.ceil(a))
print(torch.trunc(a), torch.frac(torch.tensor([1, 2.5, -3.2])))
