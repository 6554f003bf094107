# torch.sin/cos/tan and the inverse functions asin/acos/atan/atan2
import torch

torch.manual_seed(0)
a = torch.randn(4)
print(a)
print(torch.sin(a), torch.cos(a), torch.tan(a))
print(torch.asin(a))
print(torch.acos(a))
print(torch.atan(a))
print(torch.atan2(a, torch.randn(4)))
print(torch.arcsin(torch.tensor([0.5])), torch.arctan(torch.tensor([1.0])))
