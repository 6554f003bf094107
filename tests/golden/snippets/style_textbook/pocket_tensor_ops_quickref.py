# A quick reference of matrix helpers: tril, triu, diag, diagonal, trace, outer, kron, block_diag.
import torch

m = torch.arange(1, 10).view(3, 3)
print(torch.tril(m))
print(torch.triu(m, diagonal=1))
print(torch.diag(m), torch.diag(torch.tensor([1, 2])))
print(m.diagonal(offset=-1), torch.trace(m))
print(torch.outer(torch.tensor([1, 2]), torch.tensor([3, 4, 5])))
print(torch.kron(torch.eye(2, dtype=torch.long), torch.tensor([[1, 2], [3, 4]])))
print(torch.block_diag(torch.tensor([[1]]), torch.tensor([[2, 3], [4, 5]])))
print(torch.diag_embed(torch.tensor([[1, 2], [3, 4]])))
print(torch.tril_indices(3, 3))
print(torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([3, 4])))
print(torch.combinations(torch.tensor([1, 2, 3]), r=2))
print(torch.vander(torch.tensor([1, 2, 3]), N=3))
