# Classify critical points of f = x^3 - 3x + y^2 by the Hessian's eigenvalues.
import torch
from torch.func import grad, hessian

f = lambda p: p[0] ** 3 - 3 * p[0] + p[1] ** 2
for pt in ([1.0, 0.0], [-1.0, 0.0]):
    p = torch.tensor(pt)
    g = grad(f)(p)
    ev = torch.linalg.eigvalsh(hessian(f)(p))
    kind = "minimum" if (ev > 0).all() else "maximum" if (ev < 0).all() else "saddle"
    print(pt, g.tolist(), ev.tolist(), kind)
