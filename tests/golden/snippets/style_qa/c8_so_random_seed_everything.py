# Q: seed everything for reproducibility: random, numpy, torch; dropout and randperm repeat exactly.
import random
import numpy as np
import torch

def seed_everything(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)

runs = []
for _ in range(2):
    seed_everything(123)
    r = (random.random(), float(np.random.rand()), torch.rand(2), torch.randperm(5),
         torch.nn.functional.dropout(torch.ones(6), p=0.5), torch.randn(2, 2).tolist())
    runs.append(r)
print(runs[0][0] == runs[1][0], runs[0][1] == runs[1][1])
print(runs[0][2], torch.equal(runs[0][2], runs[1][2]))
print(runs[0][3], runs[0][4])
print(runs[0][5] == runs[1][5])
print(torch.initial_seed())
torch.manual_seed(0)
a = torch.rand(1)
print(torch.seed() != 0, a)
torch.manual_seed(0)
print(torch.rand(1) == a)
