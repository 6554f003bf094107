# Laplacian of u(x, y) by looping over input dimensions
import torch

def u_fn(p):
    return (p[:, 0] ** 2 * p[:, 1] + p[:, 1] ** 3).unsqueeze(1)

p = torch.tensor([[1.0, 2.0], [0.5, -1.0], [0.0, 0.0]], dtype=torch.float64, requires_grad=True)
u = u_fn(p)
grad_u, = torch.autograd.grad(u, p, torch.ones_like(u), create_graph=True)
lap = torch.zeros(p.shape[0], dtype=torch.float64)
for i in range(p.shape[1]):
    d2, = torch.autograd.grad(grad_u[:, i], p, torch.ones_like(grad_u[:, i]), create_graph=True)
    lap = lap + d2[:, i]
print(grad_u)
print(lap)
print(torch.allclose(lap, 2 * p[:, 1] + 6 * p[:, 1]))
