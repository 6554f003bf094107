# seed_everything: random, numpy and torch seeded together, two identical runs of init plus dropout.
import random
import numpy as np
import torch
import torch.nn as nn

def seed_everything(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)

def run():
    seed_everything(42)
    model = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5), nn.Linear(4, 1))
    x = torch.from_numpy(np.random.rand(2, 4).astype(np.float32))
    return model(x), random.random(), model[0].weight[0, 0].item()

a, b = run(), run()
print(torch.equal(a[0], b[0]), a[1] == b[1], a[2] == b[2])
print(a[0], a[1], a[2])
print(torch.initial_seed())
state = torch.get_rng_state()
r1 = torch.rand(2)
torch.set_rng_state(state)
print(torch.equal(r1, torch.rand(2)), state.shape, state.dtype)
