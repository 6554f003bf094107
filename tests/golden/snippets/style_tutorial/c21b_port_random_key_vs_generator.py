# JAX PRNG keys vs torch.Generator: a learner makes one generator per "key"
import torch

def split(seed, n):
    g = torch.Generator().manual_seed(seed)
    return torch.randint(0, 2 ** 31 - 1, (n,), generator=g).tolist()

keys = split(0, 2)
print(keys)
a = torch.randn(3, generator=torch.Generator().manual_seed(keys[0]))
b = torch.randn(3, generator=torch.Generator().manual_seed(keys[0]))
c = torch.randn(3, generator=torch.Generator().manual_seed(keys[1]))
print(a, torch.equal(a, b), torch.equal(a, c))
g = torch.Generator().manual_seed(5)
state = g.get_state()
first = torch.rand(2, generator=g)
g.set_state(state)
print(torch.equal(first, torch.rand(2, generator=g)))
