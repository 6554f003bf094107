# Magnitude pruning by hand: a boolean mask from a threshold, applied in place
import torch
import torch.nn as nn

torch.manual_seed(8)
lin = nn.Linear(4, 3)
threshold = 0.25
mask = lin.weight.abs() > threshold
print(mask)
with torch.no_grad():
    lin.weight.mul_(mask)
print((lin.weight == 0).sum().item(), mask.sum().item())
print(f"sparsity: {1 - mask.float().mean().item():.3f}")
print(lin.weight.requires_grad, lin.weight.is_leaf)
