# torch.func.jvp and linearize reuse the primal computation
import torch
from torch.func import jvp, linearize
f = lambda x: torch.exp(x) * torch.cos(x)
x = torch.tensor([0.0, 0.5, 1.0])
out, tan = jvp(f, (x,), (torch.ones(3),))
print(out)
print(tan)
out2, jvp_fn = linearize(f, x)
print(jvp_fn(torch.ones(3)))
print(jvp_fn(torch.tensor([2.0, 0.0, 1.0])))
