# Creating tensors from ranges and templates: arange with float steps, linspace, logspace, *_like, eye, diag.
import torch

print(torch.arange(0, 1, 0.1))
print(torch.arange(1, 2.5, 0.5), torch.arange(5, dtype=torch.float64), torch.arange(10, 0, -3))
print(torch.linspace(-1, 1, steps=5), torch.linspace(0, 1, 1))
print(torch.logspace(0, 3, steps=4), torch.logspace(0, 1, 3, base=2))
base = torch.tensor([[1, 2], [3, 4]], dtype=torch.int32)
print(torch.zeros_like(base), torch.ones_like(base, dtype=torch.float32))
print(torch.full_like(base, 7), torch.full_like(base, 2.7))
print(torch.empty_like(base).shape, torch.rand_like(base, dtype=torch.float32).shape)
print(torch.eye(3), torch.eye(2, 4))
print(torch.diag(torch.tensor([1.0, 2.0, 3.0])), torch.diag(torch.arange(9).reshape(3, 3), 1))
print(torch.diag_embed(torch.tensor([[1, 2], [3, 4]])))
print(torch.tril(torch.ones(3, 3)), torch.triu(torch.ones(3, 3), diagonal=1))
print(torch.meshgrid(torch.arange(2), torch.arange(3), indexing="ij"))
print(torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([3, 4])))
print(torch.combinations(torch.tensor([1, 2, 3]), r=2))
print(torch.heaviside(torch.tensor([-1.0, 0.0, 2.0]), torch.tensor(0.5)))
