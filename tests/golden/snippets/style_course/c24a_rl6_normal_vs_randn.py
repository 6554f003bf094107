# Normal(0, 1).sample() draws the same numbers as torch.randn under one seed
import torch
from torch.distributions import Normal

torch.manual_seed(54)
a = Normal(torch.zeros(3), torch.ones(3)).sample()
torch.manual_seed(54)
b = torch.randn(3)
print(torch.equal(a, b))
torch.manual_seed(54)
c = torch.normal(torch.zeros(3), torch.ones(3))
print(torch.equal(a, c))
torch.manual_seed(54)
d = Normal(2.0, 0.5).sample((3,))
print(torch.allclose(d, 2 + 0.5 * b))
print(d.shape)
