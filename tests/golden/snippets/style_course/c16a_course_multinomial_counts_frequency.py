# Drawing many samples with multinomial and comparing frequencies with the probabilities
import torch

g = torch.Generator().manual_seed(2147483647)
p = torch.rand(4, generator=g)
p = p / p.sum()
print(p)
samples = torch.multinomial(p, num_samples=1000, replacement=True, generator=g)
print(samples[:20])
counts = torch.bincount(samples, minlength=4)
print(counts, counts.sum())
print(counts.float() / 1000)
no_repl = torch.multinomial(p, num_samples=4, replacement=False, generator=g)
print(no_repl, sorted(no_repl.tolist()))
