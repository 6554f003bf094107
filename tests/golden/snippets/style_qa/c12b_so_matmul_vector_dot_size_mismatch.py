# Q: matmul of vectors and batches: "inconsistent tensor size", "size mismatch" and bmm errors explained.
import torch

u = torch.arange(3.)
v = torch.arange(4.)
try:
    torch.dot(u, v)
except RuntimeError as e:
    print('dot:', e)
try:
    u @ v
except RuntimeError as e:
    print('matmul 1d:', e)
A = torch.ones(2, 3)
try:
    A @ v
except RuntimeError as e:
    print('mv:', e)
try:
    torch.mv(A, u.long())
except RuntimeError as e:
    print('mv dtype:', e)
try:
    torch.bmm(torch.ones(2, 3, 4), torch.ones(3, 4, 5))
except RuntimeError as e:
    print('bmm:', e)
try:
    torch.bmm(torch.ones(3, 4), torch.ones(4, 5))
except RuntimeError as e:
    print('bmm 2d:', e)
try:
    torch.ones(2, 2, 3) @ torch.ones(3, 3, 2)
except RuntimeError as e:
    print('broadcast batch:', e)
print((torch.ones(1, 2, 3) @ torch.ones(4, 3, 5)).shape)
print((A @ u).shape, (u @ A.T).shape, (A @ u.unsqueeze(1)).shape)
