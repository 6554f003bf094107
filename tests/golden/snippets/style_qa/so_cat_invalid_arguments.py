# Q: torch.cat(a, b) instead of torch.cat((a, b)): "cat() received an invalid combination of arguments".
import torch

a = torch.zeros(2, 2)
b = torch.ones(2, 2)
try:
    torch.cat(a, b)
except TypeError as e:
    print(type(e).__name__)
    print(e)
print(torch.cat((a, b)).shape, torch.cat([a, b], 1).shape)
try:
    torch.stack(a, b)
except TypeError as e:
    print(type(e).__name__)
print(torch.cat((a, b.long())).dtype)
print(torch.cat((a.int(), b.long())).dtype)
print(torch.cat([torch.tensor([1, 2]), torch.tensor([True])]))
