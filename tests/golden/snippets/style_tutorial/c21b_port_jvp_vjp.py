# jax.jvp / jax.vjp equivalents in torch.func
import torch
from torch.func import jvp, vjp

def f(x):
    return torch.stack([x[0] ** 2 * x[1], torch.exp(x[1])])

x = torch.tensor([1.5, 0.5])
out, tangent_out = jvp(f, (x,), (torch.tensor([1.0, 0.0]),))
print(out, tangent_out)
out2, pullback = vjp(f, x)
(cot,) = pullback(torch.tensor([1.0, 1.0]))
print(cot)
print(torch.equal(out, out2))
