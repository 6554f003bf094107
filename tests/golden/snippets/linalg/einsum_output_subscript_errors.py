# einsum's output-subscript errors (a letter no input has, a repeated output letter) and its other messages.
import torch
M = torch.arange(9.).view(3, 3)
for eq, ops in [('ij->ijk', (M,)), ('ij->ii', (M,)), ('ijk', (M,)), ('ij,jk->ik', (M, torch.ones(4, 2))), ('ij->j', (M,)), ('...ij->...ji', (M,)), ('ij->...j', (M,)), ('i j -> j i', (M,)), ('ij->jk', (M,))]:
    try:
        print(torch.einsum(eq, *ops))
    except RuntimeError as e:
        print("RuntimeError:", e)
