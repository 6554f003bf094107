# torch.Generator: manual_seed, initial_seed, get_state/set_state; torch.random.fork_rng
import torch

g = torch.Generator()
print(g.manual_seed(42).initial_seed())
a = torch.randn(3, generator=g)
state = g.get_state()
b = torch.randn(3, generator=g)
g.set_state(state)
print(torch.equal(b, torch.randn(3, generator=g)), a)
torch.manual_seed(1)
with torch.random.fork_rng():
    torch.manual_seed(99)
    print(torch.rand(2))
print(torch.rand(2))
print(torch.initial_seed(), state.dtype, state.shape)
