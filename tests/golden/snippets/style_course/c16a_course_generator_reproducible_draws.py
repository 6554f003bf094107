# torch.Generator objects: the same seed gives the same draws, independent of the global RNG
import torch

g1 = torch.Generator().manual_seed(2147483647)
g2 = torch.Generator().manual_seed(2147483647)
a = torch.rand(3, generator=g1)
torch.manual_seed(1600)
torch.rand(10)
b = torch.rand(3, generator=g2)
print(a, torch.equal(a, b))
print(torch.randn(2, 2, generator=g1))
print(torch.randint(0, 27, (5,), generator=g1))
state = g1.get_state()
x1 = torch.multinomial(torch.tensor([0.6, 0.3, 0.1]), 5, replacement=True, generator=g1)
g1.set_state(state)
x2 = torch.multinomial(torch.tensor([0.6, 0.3, 0.1]), 5, replacement=True, generator=g1)
print(x1, x2, g1.initial_seed())
