import torch

torch.manual_seed(42)
a = torch.randn(3)
b = torch.randn(3)
torch.manual_seed(42)
c = torch.randn(6)
print(a)
print(b)
print(c)
