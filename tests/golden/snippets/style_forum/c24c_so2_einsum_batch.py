# Q: einsum for batched dot products
import torch

lhs = torch.arange(6).reshape(2, 3)
rhs = torch.arange(6, 12).reshape(2, 3)
print(torch.einsum("ij,ij->i", lhs, rhs))
print(torch.einsum("ij->ji", lhs))
print(torch.einsum("i,j->ij", lhs[0], rhs[0]))
try:
    torch.einsum("ij,jk->ik", lhs, rhs)
except RuntimeError as e:
    print("RuntimeError:", e)
