# Implicit layers toy: a fixed-point layer z = tanh(W z + x) solved by iteration, gradient by implicit function theorem.
import torch

torch.manual_seed(0)
n = 4
W = 0.3 * torch.randn(n, n, dtype=torch.float64)
x = torch.randn(n, dtype=torch.float64, requires_grad=True)

with torch.no_grad():
    z = torch.zeros(n, dtype=torch.float64)
    for k in range(60):
        z_new = torch.tanh(W @ z + x)
        if (z_new - z).norm() < 1e-12:
            break
        z = z_new
print("iterations:", k, "residual:", (torch.tanh(W @ z + x) - z).norm().item() < 1e-10)

# dz/dx = (I - D W)^-1 D with D = diag(1 - z^2)
D = torch.diag(1 - z ** 2)
J_implicit = torch.linalg.solve(torch.eye(n, dtype=torch.float64) - D @ W, D)

zz = torch.zeros(n, dtype=torch.float64)
for _ in range(60):
    zz = torch.tanh(W @ zz + x)
J_unrolled = torch.stack([torch.autograd.grad(zz[i], x, retain_graph=True)[0] for i in range(n)])
print((J_implicit - J_unrolled).abs().max().item() < 1e-9)
print(J_implicit.diagonal())
print(z)
