# fixed point z = tanh(W z + x) and its gradient via the implicit function theorem
import torch
torch.manual_seed(6)
W = 0.3 * torch.randn(3, 3, dtype=torch.float64)
x = torch.randn(3, dtype=torch.float64, requires_grad=True)
with torch.no_grad():
    z = torch.zeros(3, dtype=torch.float64)
    for _ in range(100):
        z = torch.tanh(W @ z + x)
z = z.requires_grad_()
f = torch.tanh(W @ z + x)
Jz = torch.autograd.functional.jacobian(lambda zz: torch.tanh(W @ zz + x.detach()), z.detach())
Jx = torch.diag(1 - f.detach() ** 2)
dz_dx = torch.linalg.solve(torch.eye(3, dtype=torch.float64) - Jz, Jx)
print(dz_dx.sum(0))
z_direct = x
for _ in range(100):
    z_direct = torch.tanh(W @ (z_direct if z_direct is not x else torch.zeros(3, dtype=torch.float64)) + x)
z_direct.sum().backward()
print(x.grad)
