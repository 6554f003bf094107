# Q: how do I make two runs draw the same numbers — get_rng_state, set_rng_state, a Generator?
import torch

torch.manual_seed(1)
snapshot = torch.get_rng_state()
first = torch.randn(3)
torch.set_rng_state(snapshot)
again = torch.randn(3)
print(first, torch.equal(first, again), snapshot.dtype, snapshot.shape)
gen = torch.Generator()
gen.manual_seed(5)
draw = torch.rand(2, generator=gen)
gen.manual_seed(5)
print(torch.equal(draw, torch.rand(2, generator=gen)), gen.initial_seed())
twin = torch.Generator()
twin.set_state(gen.get_state())
print(torch.equal(torch.randint(0, 100, (4,), generator=gen), torch.randint(0, 100, (4,), generator=twin)))
print(torch.initial_seed(), gen.seed() != 5)
