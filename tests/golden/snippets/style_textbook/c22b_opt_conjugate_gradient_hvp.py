import torch

torch.manual_seed(4)
M = torch.randn(5, 3, dtype=torch.float64)
obs = torch.randn(5, dtype=torch.float64)
lam = 0.1


def ridge(c):
    return 0.5 * (M @ c - obs).pow(2).sum() + 0.5 * lam * c.pow(2).sum()


c0 = torch.zeros(3, dtype=torch.float64)
rhs = -torch.autograd.functional.jacobian(ridge, c0)
sol = torch.zeros(3, dtype=torch.float64)
res = rhs.clone()
direction = res.clone()
for it in range(3):
    _, Hd = torch.autograd.functional.hvp(ridge, c0, direction)
    step = res.dot(res) / direction.dot(Hd)
    sol += step * direction
    nxt = res - step * Hd
    direction = nxt + nxt.dot(nxt) / res.dot(res) * direction
    res = nxt
    print(it, f"{res.norm().item():.2e}" if res.norm() > 1e-9 else "tiny")
closed = torch.linalg.solve(M.T @ M + lam * torch.eye(3, dtype=torch.float64), M.T @ obs)
print(torch.allclose(sol, closed))
