# Section 5.24: rounding to decimals is not exact in binary
import torch

x = torch.tensor([1.005, 2.675, 0.125, -0.375])
print(x.round(decimals=2))
print(x.double().round(decimals=2))
print(torch.round(torch.tensor([123.456]), decimals=-1))
print(torch.ceil(x), torch.floor(x))
