# Laplacian as the trace of a Hessian, batched with vmap
import torch
import torch.func as func

def u(p):
    return torch.sin(p[0]) * torch.cos(p[1]) + p[0] * p[1] ** 2

pts = torch.tensor([[0.0, 0.0], [1.0, 2.0], [0.5, -0.5]], dtype=torch.float64)
hess = func.vmap(func.hessian(u))(pts)
print(tuple(hess.shape))
lap = torch.einsum('bii->b', hess)
exact = -2 * torch.sin(pts[:, 0]) * torch.cos(pts[:, 1]) + 2 * pts[:, 0]
print(lap.round(decimals=6))
print(torch.allclose(lap, exact))
