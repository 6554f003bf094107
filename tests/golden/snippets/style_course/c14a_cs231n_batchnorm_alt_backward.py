# cs231n batch norm, backward through the computational graph step by step (centred, variance, inverse std)
# with retain_grad on each intermediate, compared with the one-line formula, in float64.
import torch

torch.manual_seed(1486)
n, d = 6, 4
inp = (3 * torch.randn(n, d, dtype=torch.float64) - 1).requires_grad_()
scale = torch.rand(d, dtype=torch.float64, requires_grad=True)
steps = {}
centred = inp - inp.mean(dim=0)
variance = (centred ** 2).mean(dim=0)
inv = (variance + 1e-5).rsqrt()
normed = centred * inv
for name, t in (("centred", centred), ("variance", variance), ("inv", inv), ("normed", normed)):
    t.retain_grad()
    steps[name] = t
upstream = torch.randn(n, d, dtype=torch.float64)
(scale * normed).backward(upstream)
with torch.no_grad():
    dnormed = upstream * scale
    one_line = inv / n * (n * dnormed - dnormed.sum(0) - normed * (dnormed * normed).sum(0))
print({k: tuple(v.grad.shape) for k, v in steps.items()})
print((one_line - inp.grad).abs().max().item() < 1e-12, torch.allclose(steps["normed"].grad, dnormed))
print(steps["variance"].grad, inp.grad[0])
