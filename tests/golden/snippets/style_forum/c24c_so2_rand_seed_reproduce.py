# Q: same seed, different results? (generator state moves on)
import torch

torch.manual_seed(0)
a = torch.rand(3)
b = torch.rand(3)
torch.manual_seed(0)
c = torch.rand(3)
print(a, b, torch.equal(a, c))
g = torch.Generator().manual_seed(0)
print(torch.rand(3, generator=g))
print(torch.randint(0, 10, (5,)), torch.randperm(5))
