# Quiz 11: torch.tensor vs torch.Tensor
import torch

a = torch.tensor([1, 2, 3])
b = torch.Tensor([1, 2, 3])
print(a.dtype, b.dtype)
c = torch.Tensor(3)
print(c.shape, c.dtype)
print(torch.tensor(3), torch.tensor(3).shape)
try:
    torch.tensor(3, 4)
except TypeError as e:
    print(e)
d = torch.Tensor(2, 3)
print(d.shape)
print(torch.Tensor().shape, torch.tensor([]).shape)
