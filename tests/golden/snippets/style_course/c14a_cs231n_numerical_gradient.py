# cs231n gradient check: centred differences via a flat index walk with torch.no_grad, compared with autograd.
import torch


def objective(v):
    return (torch.cos(v) * v.pow(3)).mean() + v.max()


def numeric_grad(fn, point, step=1e-6):
    flat = point.detach().clone().reshape(-1)
    out = torch.empty_like(flat)
    with torch.no_grad():
        for k in range(flat.numel()):
            up, down = flat.clone(), flat.clone()
            up[k] += step
            down[k] -= step
            out[k] = (fn(up.view_as(point)) - fn(down.view_as(point))) / (2 * step)
    return out.view_as(point)


torch.manual_seed(1405)
pt = torch.randn(3, 2, dtype=torch.float64, requires_grad=True)
objective(pt).backward()
approx = numeric_grad(objective, pt)
print(approx)
print(pt.grad)
rel = (approx - pt.grad).norm() / (approx.norm() + pt.grad.norm())
print(rel.item() < 1e-8, approx.requires_grad)
print(torch.autograd.gradcheck(objective, (pt,), eps=1e-6, atol=1e-5))
