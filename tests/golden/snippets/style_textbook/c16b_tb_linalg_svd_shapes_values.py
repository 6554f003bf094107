# The reduced and full SVD.
import torch

M = torch.tensor([[3.0, 2.0, 2.0], [2.0, 3.0, -2.0]], dtype=torch.float64)
U, S, Vh = torch.linalg.svd(M, full_matrices=False)
print(U.shape, S, Vh.shape)
print(torch.allclose(U @ torch.diag(S) @ Vh, M))
Uf, Sf, Vhf = torch.linalg.svd(M)
print(Uf.shape, Vhf.shape)
print(torch.linalg.svdvals(M))
print(torch.linalg.matrix_rank(M), torch.linalg.matrix_rank(torch.ones(3, 3)))
