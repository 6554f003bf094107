# Q: same seed, different results? (generator state moves on)
import torch

torch.manual_seed(0)
first = torch.rand(3)
second = torch.rand(3)
torch.manual_seed(0)
again = torch.rand(3)
print(first, second, torch.equal(first, again))
gen = torch.Generator().manual_seed(0)
print(torch.rand(3, generator=gen))
print(torch.randint(0, 10, (5,)), torch.randperm(5))
