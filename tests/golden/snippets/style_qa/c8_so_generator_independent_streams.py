# Q: reproducibility: torch.manual_seed vs a separate torch.Generator for sampling and shuffling.
import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(42)
print(torch.rand(3))
g = torch.Generator().manual_seed(42)
print(torch.rand(3, generator=g))
print(torch.rand(3))
g.manual_seed(42)
print(torch.randint(0, 10, (5,), generator=g), torch.randn(2, generator=g))
print(g.initial_seed())
state = g.get_state()
a = torch.randperm(6, generator=g)
g.set_state(state)
b = torch.randperm(6, generator=g)
print(a, torch.equal(a, b))
ds = TensorDataset(torch.arange(8))
for seed in (0, 0, 1):
    gen = torch.Generator().manual_seed(seed)
    dl = DataLoader(ds, batch_size=4, shuffle=True, generator=gen)
    print([batch[0].tolist() for batch in dl])
print(torch.multinomial(torch.tensor([0.1, 0.2, 0.7]), 5, replacement=True, generator=torch.Generator().manual_seed(3)))
