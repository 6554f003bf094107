# Lecture: torch.func.jvp, jacrev and jacfwd agree with each other.
import torch
from torch.func import jacfwd, jacrev, jvp, vjp

def f(x):
    return torch.stack([x[0] * x[1], torch.exp(x[0]) - x[2], x.pow(2).sum()])

x = torch.tensor([0.5, -1.0, 2.0])
Jr = jacrev(f)(x)
Jf = jacfwd(f)(x)
print(Jr)
print(torch.allclose(Jr, Jf))
v = torch.tensor([1.0, 0.0, 0.0])
out, tangent = jvp(f, (x,), (v,))
print(out, tangent, Jr[:, 0])
out, fn = vjp(f, x)
print(fn(torch.tensor([0.0, 1.0, 0.0])))
H = jacfwd(jacrev(lambda t: t.pow(3).sum()))(x)
print(H)
