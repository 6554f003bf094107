# Tensor creation tutorial: full, eye, arange with float steps, linspace, logspace and inferred dtypes.
import torch

print(torch.full((2, 3), 7), torch.full((2,), 7.0), torch.full((1,), True))
print(torch.eye(3, 2), torch.eye(2, dtype=torch.int32))
print(torch.arange(0, 1, 0.15), torch.arange(5, 0, -2))
print(torch.linspace(0, 1, 4), torch.linspace(-2, 2, 5, dtype=torch.float64))
print(torch.logspace(0, 2, 3), torch.logspace(-1, 1, 3, base=2))
print(torch.tensor([1, 2]).dtype, torch.tensor([1, 2.0]).dtype, torch.tensor([True, 1]).dtype)
print(torch.zeros(2, 2, dtype=torch.int16), torch.ones(3, dtype=torch.bool))
print(torch.empty(2, 3).shape, torch.empty(2, 3).dtype)
print(torch.tensor(3).item(), torch.tensor([[1]]).item(), torch.tensor(2.5).tolist())
print(torch.zeros_like(torch.ones(2), dtype=torch.long), torch.full_like(torch.ones(2, 2), 0.5))
try:
    torch.tensor([[1, 2], [3]])
except ValueError as e:
    print(e)
try:
    torch.tensor([1, 2]).item()
except RuntimeError as e:
    print(e)
