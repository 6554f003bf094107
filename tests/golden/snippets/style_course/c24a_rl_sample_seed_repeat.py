# Re-seeding reproduces the same sampled trajectory of actions
import torch
from torch.distributions import Categorical

probs = torch.tensor([0.1, 0.6, 0.3])
def rollout(seed, steps=8):
    torch.manual_seed(seed)
    d = Categorical(probs=probs)
    return torch.stack([d.sample() for _ in range(steps)])
a = rollout(42)
b = rollout(42)
c = rollout(43)
print(a)
print(torch.equal(a, b), torch.equal(a, c))
print(torch.bincount(a, minlength=3))
torch.manual_seed(42)
print(torch.multinomial(probs, 8, replacement=True))
