# torch.func.linearize: a reusable jvp at a point
import torch
from torch.func import linearize

def f(x):
    return torch.stack([x[0] * x[1], x[1] ** 2])

x0 = torch.tensor([2.0, 3.0], dtype=torch.float64)
out, jvp_fn = linearize(f, x0)
print(out)
print(jvp_fn(torch.tensor([1.0, 0.0], dtype=torch.float64)))
print(jvp_fn(torch.tensor([0.0, 1.0], dtype=torch.float64)))
