# Q: the same seed gives the same numbers; a Generator keeps its own stream.
import torch

torch.manual_seed(42)
a = torch.rand(3)
torch.manual_seed(42)
b = torch.rand(3)
print(a, torch.equal(a, b))
g = torch.Generator().manual_seed(42)
print(torch.rand(3, generator=g))
print(torch.randn(2, generator=g), torch.randint(0, 10, (4,), generator=g))
print(torch.initial_seed(), g.initial_seed())
state = torch.get_rng_state()
x = torch.randn(2)
torch.set_rng_state(state)
print(torch.equal(x, torch.randn(2)))
print(torch.randperm(6))
