# Row-wise dot products with einsum and bmm, integer-valued factors
import torch

u = torch.tensor([[1.0, 2.0], [0.0, -1.0], [3.0, 1.0]])
v = torch.tensor([[2.0, 0.0], [1.0, 1.0], [-1.0, 2.0]])
print(torch.einsum('bi,bi->b', u, v))
print((u * v).sum(-1))
print(torch.bmm(u.unsqueeze(1), v.unsqueeze(2)).view(-1))
print(torch.einsum('bi,ci->bc', u, v))
try:
    torch.einsum('bi,bj->b', u)
except (RuntimeError, ValueError) as e:
    print(e)
print(torch.einsum('ii', torch.eye(3)))
