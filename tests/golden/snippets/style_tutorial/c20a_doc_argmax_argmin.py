# torch.argmax / argmin with dim and keepdim
import torch

torch.manual_seed(0)
a = torch.randn(4, 4)
print(a)
print(torch.argmax(a))
print(torch.argmax(a, dim=1))
print(torch.argmin(a, dim=1, keepdim=True))
print(torch.argmin(a))
