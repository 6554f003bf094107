# torch.diag (vector and matrix forms), diagonal, trace, diagflat, block_diag
import torch

torch.manual_seed(0)
a = torch.randn(3)
print(torch.diag(a))
print(torch.diag(a, 1))
b = torch.randn(3, 3)
print(torch.diag(b, -1))
print(torch.diagonal(b, 0), torch.trace(b))
print(torch.diagflat(torch.tensor([[1, 2], [3, 4]])))
print(torch.block_diag(torch.tensor([[0, 1], [1, 0]]), torch.tensor([[3, 4, 5]]), torch.tensor(7)))
print(torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([4, 5])))
print(torch.combinations(torch.tensor([1, 2, 3]), r=2))
