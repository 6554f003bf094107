# Q: why do two runs with the same seed differ? The RNG state moved; reseed before each run or use fork_rng.
import torch
from torch import nn

def make_and_run():
    model = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5))
    return model(torch.ones(1, 4))

torch.manual_seed(0)
a = make_and_run()
b = make_and_run()
print(torch.equal(a, b))
torch.manual_seed(0)
c = make_and_run()
print(torch.equal(a, c))
state = torch.get_rng_state()
d = torch.rand(3)
torch.set_rng_state(state)
e = torch.rand(3)
print(torch.equal(d, e), d)
with torch.random.fork_rng():
    torch.manual_seed(123)
    inner = torch.rand(2)
after = torch.rand(3)
torch.set_rng_state(state)
torch.rand(3)
print(torch.equal(after, torch.rand(3)), inner)
print(torch.initial_seed())
