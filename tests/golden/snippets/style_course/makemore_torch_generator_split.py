# makemore: a shared torch.Generator for reproducible splits, shuffling and sampling.
import random

import torch

words = ['emma', 'olivia', 'ava', 'isabella', 'sophia', 'mia', 'amelia', 'harper']
random.seed(42)
random.shuffle(words)
n1 = int(0.8 * len(words))
print(words[:n1], words[n1:])
g = torch.Generator().manual_seed(2147483647)
print(torch.randint(0, 27, (5,), generator=g))
print(torch.rand(3, generator=g))
print(torch.randn(2, 2, generator=g))
p = torch.tensor([0.6064, 0.3033, 0.0903])
print(torch.multinomial(p, num_samples=10, replacement=True, generator=g))
print(g.initial_seed(), torch.Generator().initial_seed())
state = g.get_state()
a = torch.rand(2, generator=g)
g.set_state(state)
print(torch.equal(a, torch.rand(2, generator=g)))
