import torch


def himmelblau(q):
    return (q[0] ** 2 + q[1] - 11) ** 2 + (q[0] + q[1] ** 2 - 7) ** 2


q = torch.tensor([3.5, 1.5], dtype=torch.float64)
for it in range(5):
    H = torch.autograd.functional.hessian(himmelblau, q)
    qg = q.clone().requires_grad_(True)
    grad = torch.autograd.grad(himmelblau(qg), qg)[0]
    q = q - torch.linalg.solve(H, grad)
    print(it, f"{himmelblau(q).item():.3e}", q.numpy().round(6))
print(torch.linalg.eigvalsh(H).numpy().round(3))
