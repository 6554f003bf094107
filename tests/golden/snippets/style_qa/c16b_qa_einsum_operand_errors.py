# Q: errors from einsum equations.
import torch

a = torch.ones(2, 3)
b = torch.ones(4, 5)
for eq, ops in (('ij,jk->ik', (a, b)), ('ij->ijk', (a,)), ('ijk->i', (a,)), ('ij,jk', (a,))):
    try:
        torch.einsum(eq, *ops)
    except RuntimeError as e:
        print(eq, '|', e)
print(torch.einsum('ij,kl->ijkl', a, b).shape)
