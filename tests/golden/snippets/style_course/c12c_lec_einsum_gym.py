# Lecture: einsum as a Swiss army knife.
import torch

a = torch.arange(6.0).reshape(2, 3)
b = torch.arange(12.0).reshape(3, 4)
v = torch.tensor([1.0, -1.0, 2.0])
print(torch.einsum("ij->ji", a))
print(torch.einsum("ij->", a), torch.einsum("ij->j", a))
print(torch.einsum("ij,jk->ik", a, b))
print(torch.einsum("i,i->", v, v), torch.einsum("i,j->ij", v, v))
print(torch.einsum("ii->i", torch.arange(9.0).reshape(3, 3)))
x = torch.arange(24.0).reshape(2, 3, 4)
y = torch.arange(24.0).reshape(2, 4, 3)
print(torch.einsum("bij,bjk->bik", x, y))
print(torch.einsum("b i j -> b j i", x).shape)
print(torch.einsum("...j,j->...", x, torch.ones(4)))
try:
    torch.einsum("ij,jk->ik", a, a)
except RuntimeError as e:
    print(e)
