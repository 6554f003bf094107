# Reproducible negative sampling by saving a generator's state
import torch

gen = torch.Generator().manual_seed(30)
snap = gen.get_state()
first = torch.randint(0, 100, (5,), generator=gen)
gen.set_state(snap)
again = torch.randint(0, 100, (5,), generator=gen)
print(first, torch.equal(first, again))
print(gen.initial_seed())
print(snap.dtype, snap.shape)
torch.manual_seed(30)
print(torch.randint(0, 100, (5,)))
print(torch.rand_like(torch.zeros(2, dtype=torch.float64)).dtype)
print(torch.randint_like(torch.zeros(3), 5).dtype)
