# PyTorch in 10 minutes - Part 1: tensors
import torch

torch.manual_seed(42)
x = torch.rand(2, 3)
print(f"Random tensor:\n{x}")
print(f"Shape: {x.shape} | Dtype: {x.dtype} | Device: {x.device}")
y = torch.ones_like(x)
print(f"Sum:\n{x + y}")
print(f"Element-wise product:\n{x * y}")
print(f"Matrix product shape: {(x @ y.T).shape}")
print(f"Mean: {x.mean():.4f}, Max: {x.max().item():.4f}")
