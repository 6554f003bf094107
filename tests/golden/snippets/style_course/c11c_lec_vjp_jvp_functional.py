# Lecture: vector-Jacobian vs Jacobian-vector products with torch.autograd.functional.
import torch
from torch.autograd.functional import jacobian, jvp, vjp

def f(x):
    return torch.stack([x[0] ** 2 * x[1], 5 * x[0] + torch.sin(x[1]), x[1] ** 3])

x = torch.tensor([1.0, 2.0])
J = jacobian(f, x)
print("J =", J)
u = torch.tensor([1.0, 0.5, -1.0])
out, vjp_val = vjp(f, x, u)
print("f(x) =", out)
print("u^T J =", vjp_val, "check:", u @ J)
v = torch.tensor([0.3, -0.7])
out2, jvp_val = jvp(f, x, v)
print("J v =", jvp_val, "check:", J @ v)
print(torch.equal(out, out2))
s, g = vjp(lambda t: (t ** 2).sum(), x)
print(s, g)
try:
    vjp(f, x)
except RuntimeError as e:
    print("RuntimeError:", e)
