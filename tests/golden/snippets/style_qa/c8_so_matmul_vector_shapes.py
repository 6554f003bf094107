# Q: matmul/mm/bmm shape errors and what 1-D operands do (dot, mv, batched broadcasting).
import torch

a = torch.arange(6.).view(2, 3)
v = torch.tensor([1., 0., -1.])
print(a @ v, torch.mv(a, v), (a @ v).shape)
print(v @ v, torch.dot(v, v), v @ a.T)
try:
    torch.mm(a, v)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a @ a
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.dot(v, torch.ones(2))
except RuntimeError as e:
    print("RuntimeError:", e)
b = torch.ones(4, 3, 2)
print((a @ b).shape, torch.matmul(torch.ones(5, 1, 2, 3), b).shape)
try:
    torch.bmm(a, a.T)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.bmm(torch.ones(2, 2, 3), torch.ones(3, 3, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.matmul(torch.tensor(2.0), v)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.outer(v, torch.tensor([1., 2.])), torch.einsum('i,j->ij', v, v).shape)
