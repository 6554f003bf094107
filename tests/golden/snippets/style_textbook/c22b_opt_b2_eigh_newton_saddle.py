import torch

def f(p):
    return p[0] ** 2 - p[1] ** 2 + 0.25 * p[1] ** 4

p = torch.tensor([0.3, 0.1], dtype=torch.float64)
for k in range(4):
    H = torch.autograd.functional.hessian(f, p)
    g = torch.autograd.functional.jacobian(f, p)
    evals, evecs = torch.linalg.eigh(H)
    step = evecs @ ((evecs.T @ g) / evals.abs())
    p = p - step
    print(k, evals.numpy().round(4), p.numpy().round(5))
print(f(p).item())
