# Creation ops: ranges, special matrices, combinations and products learners build data with.
import torch

print(torch.arange(0, 1, 0.25), torch.linspace(-1, 1, 5), torch.logspace(0, 2, 3), torch.logspace(0, 3, 4, base=2))
print(torch.eye(2, 3), torch.full((2, 2), 7), torch.full((2,), 1.5, dtype=torch.float64))
print(torch.tril(torch.ones(3, 3)), torch.triu(torch.arange(9).view(3, 3), diagonal=1))
print(torch.tril_indices(3, 3), torch.triu_indices(3, 3, 1))
print(torch.block_diag(torch.ones(2, 2), torch.tensor([[5]])))
print(torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([3, 4])), torch.combinations(torch.tensor([1, 2, 3]), r=2))
print(torch.kron(torch.eye(2), torch.tensor([[1, 2], [3, 4]])), torch.vander(torch.tensor([1, 2, 3]), N=3))
print(torch.diag(torch.tensor([1.0, 2.0])), torch.diag_embed(torch.tensor([[1, 2], [3, 4]])), torch.diagflat(torch.tensor([1, 2]), 1))
print(torch.empty(2, 3).shape, torch.zeros_like(torch.ones(2, dtype=torch.int8)), torch.ones(2, 2).new_full((1, 3), 2.5))
print(torch.heaviside(torch.tensor([-1.0, 0.0, 2.0]), torch.tensor(0.5)), torch.diff(torch.tensor([1, 4, 9, 16]), n=2))
print(torch.gradient(torch.tensor([1.0, 4.0, 9.0, 16.0])), torch.trapezoid(torch.tensor([1.0, 4.0, 9.0])), torch.cumulative_trapezoid(torch.tensor([1.0, 2.0, 3.0])))
