# torch.eye, tril and triu with the diagonal argument
import torch

print(torch.eye(3))
print(torch.eye(2, 4))
torch.manual_seed(0)
a = torch.randn(3, 3)
print(a)
print(torch.tril(a))
print(torch.triu(a, diagonal=1))
b = torch.randn(4, 6)
print(torch.tril(b, diagonal=-1))
print(torch.triu(b, diagonal=2))
