import torch

a = torch.tensor([True, True, False, False])
b = torch.tensor([True, False, True, False])
print(a & b)
print(a | b)
print(a ^ b)
print(~a)
print(torch.logical_and(a, b), torch.logical_not(b))
print(torch.logical_or(torch.tensor([0, 1]), torch.tensor([0, 0])))
