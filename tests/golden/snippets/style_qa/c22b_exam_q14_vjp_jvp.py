import torch
import torch.autograd.functional as AF

# Q14. g(p) = [p0 * p1, p0^2, sin(p1)] at p = (1, 2). Give the forward-mode and reverse-mode products.
def g(p):
    return torch.stack([p[0] * p[1], p[0].square(), p[1].sin()])


p = torch.tensor([1.0, 2.0])
tangent = torch.tensor([0.5, -1.0])
cotangent = torch.tensor([2.0, 1.0, -1.0])
value, jv = AF.jvp(g, p, tangent)
_, uj = AF.vjp(g, p, cotangent)
print("g(p) =", value)
print("J v  =", jv)
print("u^T J=", uj)
full = AF.jacobian(g, p)
print("shape of J:", full.shape, torch.allclose(full @ tangent, jv))
