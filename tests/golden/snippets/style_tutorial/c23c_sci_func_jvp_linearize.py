# torch.func.jvp and linearize: directional derivatives reused at one point.
import torch
from torch.func import jvp, linearize

f = lambda x: torch.stack([x[0] * x[1], x[1] ** 2])
x = torch.tensor([2.0, 3.0], dtype=torch.float64)
out, tan = jvp(f, (x,), (torch.tensor([1.0, 0.0], dtype=torch.float64),))
print(out, tan)
out2, jvp_fn = linearize(f, x)
print(jvp_fn(torch.tensor([0.0, 1.0], dtype=torch.float64)))
print(jvp_fn(torch.tensor([1.0, 1.0], dtype=torch.float64)))
