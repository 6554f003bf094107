import torch
from torch.autograd.functional import hessian


def rosen(v):
    return (1 - v[0]) ** 2 + 100 * (v[1] - v[0] ** 2) ** 2


x = torch.tensor([-1.2, 1.0], dtype=torch.float64)
for k in range(8):
    xr = x.clone().requires_grad_(True)
    fval = rosen(xr)
    (g,) = torch.autograd.grad(fval, xr)
    H = hessian(rosen, x)
    step = torch.linalg.solve(H, g)
    x = x - step
    print(f"{k}: f={fval.item():.10f} |g|={g.norm().item():.3e} x={x.tolist()}")
print("hessian at minimum:\n", hessian(rosen, torch.tensor([1.0, 1.0], dtype=torch.float64)))
