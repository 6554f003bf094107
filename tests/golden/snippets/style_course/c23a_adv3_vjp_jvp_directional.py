# Directional derivatives of a score: jvp along a perturbation, vjp for the input gradient
import torch
from torch.autograd.functional import jvp, vjp

def score(x):
    return (x ** 2 * torch.tensor([1.0, 2.0, 3.0])).sum()

x = torch.tensor([1.0, -1.0, 0.5])
v = torch.tensor([0.1, 0.0, -0.2])
out, dir_deriv = jvp(score, x, v)
print(out, dir_deriv)
out, grad = vjp(score, x)
print(grad, (grad * v).sum())
