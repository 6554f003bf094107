# einsum for the operations learners know: transpose, sums, outer product, batch matmul, bilinear.
import torch

torch.manual_seed(0)
a = torch.arange(6.).reshape(2, 3)
print(torch.einsum('ij->ji', a))
print(torch.einsum('ij->', a), torch.einsum('ij->j', a), torch.einsum('ij->i', a))
b = torch.arange(3.)
print(torch.einsum('ik,k->i', a, b))
print(torch.einsum('i,j->ij', b, b))
print(torch.einsum('ii->i', torch.eye(3) * 2), torch.einsum('ii', torch.eye(3) * 2))
x = torch.randn(2, 2, 3)
y = torch.randn(2, 3, 4)
print(torch.allclose(torch.einsum('bij,bjk->bik', x, y), torch.bmm(x, y)))
print(torch.einsum('b i j, b j k -> b i k', x, y).shape)
print(torch.einsum('...j,j->...', x, torch.ones(3)).shape)
try:
    torch.einsum('ij,jk->ik', a, a)
except RuntimeError as e:
    print(e)
