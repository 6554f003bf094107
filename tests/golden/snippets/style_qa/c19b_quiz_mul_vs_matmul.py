# Quiz 47: * vs @ vs mm vs dot
import torch

a = torch.tensor([[1, 2], [3, 4]])
print(a * a)
print(a @ a)
print(torch.mm(a, a))
v = torch.tensor([1, 1])
print(a @ v, v @ a, v @ v)
try:
    torch.mm(a, v)
except RuntimeError as e:
    print(e)
print(torch.matmul(v, v).shape)
