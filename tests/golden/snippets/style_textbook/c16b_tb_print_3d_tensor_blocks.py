# Printing higher-dimensional tensors.
import torch

x = torch.arange(2 * 2 * 3, dtype=torch.float32).view(2, 2, 3) / 3
print(x)
print(torch.ones(1, 1, 1, 2))
print(torch.zeros(2, 1, 2, dtype=torch.int64))
print(x[0].T)
