# Special values in printing.
import torch

print(torch.tensor([float('inf'), -float('inf'), float('nan'), 1.0]))
print(torch.tensor([-0.0, 0.0, 2.0]))
print(torch.tensor([1.5, float('nan')]))
print(torch.tensor([1e20, float('inf')]))
print(torch.tensor([-1e-20, 3.0]))
print(torch.tensor([float('nan')], dtype=torch.float64))
