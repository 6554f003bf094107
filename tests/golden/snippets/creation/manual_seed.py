import torch

torch.manual_seed(0)
a = torch.rand(3)
torch.manual_seed(0)
b = torch.rand(3)
print(a)
print(b)
print(torch.equal(a, b))
print(torch.initial_seed())
print(torch.manual_seed(7))
print(torch.initial_seed())
