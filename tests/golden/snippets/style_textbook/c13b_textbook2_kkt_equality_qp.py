# Constrained optimisation chapter: equality-constrained quadratic program solved through its KKT system.
import torch

Q = torch.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 0.5], [0.0, 0.5, 2.0]], dtype=torch.float64)
c = torch.tensor([-1.0, 2.0, 0.5], dtype=torch.float64)
A = torch.tensor([[1.0, 1.0, 1.0]], dtype=torch.float64)
b = torch.tensor([1.0], dtype=torch.float64)
K = torch.zeros(4, 4, dtype=torch.float64)
K[:3, :3] = Q
K[:3, 3:] = A.T
K[3:, :3] = A
rhs = torch.cat([-c, b])
sol = torch.linalg.solve(K, rhs)
x, lam = sol[:3], sol[3:]
print(x, lam)
print(A @ x)
print(Q @ x + c + A.T @ lam)
xt = torch.tensor([1 / 3, 1 / 3, 1 / 3], dtype=torch.float64, requires_grad=True)
for it in range(200):
    f = 0.5 * xt @ Q @ xt + c @ xt
    g, = torch.autograd.grad(f, xt)
    with torch.no_grad():
        g = g - g.mean()
        xt -= 0.1 * g
print(xt.detach(), (xt.detach() - x).abs().max() < 1e-6)
