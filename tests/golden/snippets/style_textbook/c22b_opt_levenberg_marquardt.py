import torch

x = torch.tensor([0.0, 1.0, 2.0, 3.0])
y = torch.tensor([1.0, 2.7, 7.4, 20.1])


def res(p):
    return p[0] * torch.exp(p[1] * x) - y


p = torch.tensor([0.5, 0.5])
lam = 1e-2
for it in range(6):
    J = torch.autograd.functional.jacobian(res, p)
    r = res(p)
    A = J.T @ J + lam * torch.eye(2)
    step = torch.linalg.solve(A, -J.T @ r)
    if (res(p + step) ** 2).sum() < (r ** 2).sum():
        p, lam = p + step, lam / 10
    else:
        lam *= 10
    print(it, f"{lam:.0e}", [round(v, 3) for v in p.tolist()])
