import torch

torch.set_default_dtype(torch.float64)
def loss_fn(p):
    return (p[0] - 1) ** 2 * p[1] ** 2 + torch.cos(p[0] * p[1])
p = torch.tensor([0.3, -0.7], requires_grad=True)
v = torch.tensor([0.6, 0.8])
g, = torch.autograd.grad(loss_fn(p), p, create_graph=True)
hv, = torch.autograd.grad(g @ v, p)
eps = 1e-5
gp, = torch.autograd.grad(loss_fn(p + eps * v), p)
gm, = torch.autograd.grad(loss_fn(p - eps * v), p)
fd = (gp - gm) / (2 * eps)
print(hv.dtype, hv.round(decimals=4))
print(torch.allclose(hv, fd, atol=1e-6))
