# torch.einsum examples: trace, diagonal, outer, batch matmul, broadcasting, sublist format
import torch

print(torch.einsum('ii', torch.arange(9.).reshape(3, 3)))
print(torch.einsum('ii->i', torch.arange(9.).reshape(3, 3)))
x = torch.arange(1., 6.)
y = torch.arange(1., 5.)
print(torch.einsum('i,j->ij', x, y))
torch.manual_seed(0)
As = torch.randn(3, 2, 5)
Bs = torch.randn(3, 5, 4)
print(torch.einsum('bij,bjk->bik', As, Bs).shape)
A = torch.randn(2, 3, 4, 5)
print(torch.einsum('...ij->...ji', A).shape)
print(torch.einsum(As, [0, 1, 2], Bs, [0, 2, 3], [0, 1, 3]).allclose(As @ Bs))
l, r = torch.randn(2, 5), torch.randn(2, 3)
W = torch.randn(3, 5, 3)
print(torch.einsum('bn,anm,bm->ba', l, W, r))
