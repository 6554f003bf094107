"""200,000 sequential multiplications, then backward: no RecursionError, linear time."""
import json

import torch
from step_timing import clock  # a sibling file: wall time, or CPU time under run.py --trees

x = torch.ones(2, requires_grad=True)
t0 = clock()
y = x
for _ in range(200_000):
    y = y * 1.0000001
t1 = clock()
y.sum().backward()
t2 = clock()
print(json.dumps({"forward_s": t1 - t0, "backward_s": t2 - t1, "total_s": t2 - t0}))
