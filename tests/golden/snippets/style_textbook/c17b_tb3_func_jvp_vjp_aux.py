# torch.func.jvp and vjp, with an auxiliary output.
import torch
from torch.func import jvp, vjp

def f(x):
    y = torch.sin(x) * x
    return y, y.sum().detach()

x = torch.tensor([0.5, 1.0])
out, tangent, aux = jvp(f, (x,), (torch.ones(2),), has_aux=True)
print(out, tangent, aux)
out2, pullback, aux2 = vjp(f, x, has_aux=True)
print(pullback(torch.ones(2)), aux2)
