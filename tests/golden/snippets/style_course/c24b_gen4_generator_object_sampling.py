# a dedicated torch.Generator for reproducible noise, separate from the global seed
import torch

g = torch.Generator().manual_seed(123)
a = torch.randn(2, 3, generator=g)
g.manual_seed(123)
b = torch.randn(2, 3, generator=g)
print(torch.equal(a, b))
print(a)
torch.manual_seed(123)
print(torch.equal(torch.randn(2, 3), a))
print(g.initial_seed())
