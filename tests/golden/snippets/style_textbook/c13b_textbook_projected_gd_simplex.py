# Constrained optimisation chapter: projected gradient descent onto the probability simplex.
import torch

def project_simplex(v):
    u, _ = torch.sort(v, descending=True)
    css = torch.cumsum(u, dim=0)
    k = torch.arange(1, v.numel() + 1, dtype=v.dtype)
    cond = u - (css - 1) / k > 0
    rho = torch.nonzero(cond).max()
    theta = (css[rho] - 1) / (rho + 1)
    return torch.clamp(v - theta, min=0)

print(project_simplex(torch.tensor([0.5, 0.5, 0.5])))
print(project_simplex(torch.tensor([2.0, -1.0, 0.3])))
target = torch.tensor([0.1, 0.6, 0.3, 0.9])
x = torch.full((4,), 0.25, requires_grad=True)
for step in range(10):
    loss = ((x - target) ** 2).sum()
    g, = torch.autograd.grad(loss, x)
    with torch.no_grad():
        x.copy_(project_simplex(x - 0.2 * g))
    if step % 3 == 0:
        print(step, loss.item(), x.detach())
print(x.sum(), (x >= 0).all())
