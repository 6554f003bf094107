import torch

coeffs = torch.tensor([2.0, -3.0, 0.0, 5.0, -1.0], dtype=torch.float64)  # highest degree first


def horner(c, x):
    acc = torch.zeros_like(x)
    for a in c:
        acc = acc * x + a
    return acc


x = torch.linspace(-2, 2, 9, dtype=torch.float64, requires_grad=True)
p = horner(coeffs, x)
p.sum().backward()
powers = torch.stack([x.detach() ** k for k in range(4, -1, -1)], dim=1)
p2 = powers @ coeffs
dcoef = coeffs[:-1] * torch.arange(4, 0, -1, dtype=torch.float64)
dp = horner(dcoef, x.detach())
print("values:", p.detach())
print("power form equal:", torch.allclose(p.detach(), p2))
print("autograd derivative:", x.grad)
print("analytic derivative:", dp)
print("max diff:", (x.grad - dp).abs().max().item())
