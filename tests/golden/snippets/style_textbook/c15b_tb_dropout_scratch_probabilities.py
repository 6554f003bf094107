# Inverted dropout written as a function; the kept fraction and the mean are preserved on average.
import torch

def inverted_dropout(h, p, generator=None):
    if p >= 1.0:
        return h * 0
    keep = torch.rand(h.shape, generator=generator) >= p
    return torch.where(keep, h / (1 - p), torch.zeros(()))

gen = torch.Generator().manual_seed(3)
acts = torch.linspace(1.0, 2.0, 12).view(3, 4)
for p in (0.0, 0.25, 0.75, 1.0):
    print(p, inverted_dropout(acts, p, gen))
many = torch.full((20000,), 2.0)
out = inverted_dropout(many, 0.3, gen)
print(out.count_nonzero() / many.numel(), out.mean())
