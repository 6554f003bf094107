import torch

x = torch.ones(2, 3, requires_grad=True)
print(x)
print(x * 2)
print(x.sum(0, keepdim=True))
print(x.double() / 3)
