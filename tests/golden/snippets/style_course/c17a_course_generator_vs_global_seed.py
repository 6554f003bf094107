# A private Generator does not disturb the global RNG stream, and vice versa
import torch

torch.manual_seed(0)
a1 = torch.rand(2)
torch.manual_seed(0)
g = torch.Generator().manual_seed(123)
_ = torch.randn(5, generator=g)
a2 = torch.rand(2)
print(torch.equal(a1, a2), a1)
g2 = torch.Generator().manual_seed(123)
print(torch.equal(torch.randn(5, generator=g2), _), g.initial_seed())
state = g.get_state()
x = torch.randint(0, 100, (4,), generator=g)
g.set_state(state)
print(torch.equal(x, torch.randint(0, 100, (4,), generator=g)), x)
print(torch.initial_seed(), torch.randperm(5, generator=torch.Generator().manual_seed(1)))
