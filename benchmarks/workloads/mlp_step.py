"""One training step of a 784→256→10 MLP, batch 128, cross-entropy, SGD with momentum (Adam when
``MLP_OPTIMIZER=adam``: mlp_adam_step.py)."""
import json
import os

import torch
from step_timing import clock  # a sibling file: wall time, or CPU time under run.py --trees
from torch import nn, optim

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
if os.environ.get("MLP_OPTIMIZER") == "adam":
    opt = optim.Adam(model.parameters(), lr=0.001)
else:
    opt = optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
loss_fn = nn.CrossEntropyLoss()
data = torch.randn(128, 784)
target = torch.randint(0, 10, (128,))


def step():
    opt.zero_grad()
    loss = loss_fn(model(data), target)
    loss.backward()
    opt.step()
    return loss


for _ in range(5):
    step()
n = 50
best = float("inf")
for _ in range(3):
    t0 = clock()
    for _ in range(n):
        step()
    best = min(best, (clock() - t0) / n)
print(json.dumps({"ms_per_step": best * 1e3}))
