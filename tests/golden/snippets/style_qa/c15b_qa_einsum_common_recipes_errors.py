# Q: einsum recipes — trace, outer product, batched matmul, and the errors for bad subscripts.
import torch

a = torch.arange(4.0).reshape(2, 2)
v = torch.tensor([1.0, 2.0])
print(torch.einsum('ii', a), torch.einsum('ii->i', a), torch.einsum('i,j->ij', v, v))
b = torch.arange(12.0).reshape(2, 2, 3)
print(torch.einsum('bij,bjk->bik', torch.stack([a, a]), b).shape, torch.einsum('ij->', a))
print(torch.einsum('...j,j->...', b.transpose(1, 2), v))
for eq, ops in (('ij,jk->ik', (a, v)), ('ij->k', (a,)), ('i,i', (v, torch.ones(3)))):
    try:
        torch.einsum(eq, *ops)
    except RuntimeError as e:
        print(e)
