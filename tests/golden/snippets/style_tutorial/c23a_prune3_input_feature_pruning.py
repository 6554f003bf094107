# Dropping unused input features: slice the first Linear's weight columns
import torch
import torch.nn as nn

torch.manual_seed(59)
lin = nn.Linear(5, 2)
keep = torch.tensor([0, 2, 3])
small = nn.Linear(3, 2)
with torch.no_grad():
    small.weight.copy_(lin.weight[:, keep])
    small.bias.copy_(lin.bias)
x = torch.randn(4, 5)
x[:, [1, 4]] = 0
print(torch.allclose(lin(x), small(x[:, keep]), atol=1e-6))
print(small.weight.shape, lin.weight[:, keep].is_contiguous())
