# per-output gradients by looping vs torch.autograd.functional.jacobian
import torch

def field(p):
    return torch.stack([p[0] * p[1], p[0] ** 2, p[1] ** 3])

p = torch.tensor([1.5, -0.5], dtype=torch.float64, requires_grad=True)
out = field(p)
rows = [torch.autograd.grad(out[i], p, retain_graph=True)[0] for i in range(3)]
J_loop = torch.stack(rows)
J = torch.autograd.functional.jacobian(field, p.detach())
print(J_loop)
print(torch.equal(J_loop, J))
print(torch.autograd.functional.jacobian(field, p.detach(), vectorize=True).shape)
