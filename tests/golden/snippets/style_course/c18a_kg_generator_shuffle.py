# A dedicated Generator for the fold shuffle so model init does not change the split
import torch

g = torch.Generator().manual_seed(2023)
perm_a = torch.randperm(10, generator=g)
torch.manual_seed(0)
_ = torch.randn(100)
g2 = torch.Generator()
g2.manual_seed(2023)
perm_b = torch.randperm(10, generator=g2)
print(perm_a.tolist())
print(torch.equal(perm_a, perm_b))
noise = torch.rand(3, generator=g)
print(noise)
print(g.initial_seed(), torch.initial_seed())
