import torch

torch.set_default_dtype(torch.float64)
# Newton step on a 2-D Rosenbrock using exact HVP-based Hessian columns
def rosen(p):
    return (1 - p[0]) ** 2 + 10 * (p[1] - p[0] ** 2) ** 2
p = torch.tensor([-0.5, 0.5], requires_grad=True)
for it in range(4):
    f = rosen(p)
    g, = torch.autograd.grad(f, p, create_graph=True)
    cols = [torch.autograd.grad(g, p, grad_outputs=e, retain_graph=True)[0] for e in torch.eye(2)]
    H = torch.stack(cols, 1)
    step = torch.linalg.solve(H, g.detach())
    p = (p.detach() - step).requires_grad_()
    print(it, round(f.item(), 6), p.detach().round(decimals=5))
