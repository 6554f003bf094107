# Q: why does my notebook print a Generator object when I set the seed?
import torch

g = torch.manual_seed(0)
print(type(g).__name__)
print(g.initial_seed())
gen = torch.Generator().manual_seed(123)
a = torch.rand(2, generator=gen)
gen.manual_seed(123)
b = torch.rand(2, generator=gen)
print(a, torch.equal(a, b))
print(torch.initial_seed())
