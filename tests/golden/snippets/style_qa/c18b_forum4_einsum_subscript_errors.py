# Q: einsum errors I don't understand
import torch

a = torch.ones(2, 3)
b = torch.ones(4, 5)
try:
    torch.einsum("ij,jk->ik", a, b)
except RuntimeError as err:
    print(err)
try:
    torch.einsum("ij,jk", a)
except RuntimeError as err:
    print(err)
print(torch.einsum("ij->j", a))
print(torch.einsum("ii", torch.eye(3) * 2))
