# Q: einsum for batched dot products
import torch

a = torch.arange(6).reshape(2, 3)
b = torch.arange(6, 12).reshape(2, 3)
print(torch.einsum("ij,ij->i", a, b))
print(torch.einsum("ij->ji", a))
print(torch.einsum("i,j->ij", a[0], b[0]))
try:
    torch.einsum("ij,jk->ik", a, b)
except RuntimeError as e:
    print("RuntimeError:", e)
