# A random probability vector, multinomial draws and their counts.
import torch

g = torch.Generator().manual_seed(2147483647)
p = torch.rand(3, generator=g)
p = p / p.sum()
print(p)
samples = torch.multinomial(p, num_samples=20, replacement=True, generator=g)
print(samples)
print(torch.bincount(samples, minlength=3))
print(torch.multinomial(p, num_samples=3, replacement=False, generator=g))
