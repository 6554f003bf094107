"""The article's step, z = 6x² − 2y³ and backward, on 2-element tensors, many times."""
import json

import torch
from step_timing import clock  # a sibling file: wall time, or CPU time under run.py --trees

x = torch.tensor([1., 2.], requires_grad=True)
y = torch.tensor([2., 4.], requires_grad=True)
g = torch.tensor([1., 1.])


def step():
    z = 6*x**2 - 2*y**3
    z.backward(gradient=g)


for _ in range(500):  # warm up
    step()
n = 5000
best = float("inf")
for _ in range(3):
    t0 = clock()
    for _ in range(n):
        step()
    best = min(best, (clock() - t0) / n)
print(json.dumps({"us_per_step": best * 1e6}))
