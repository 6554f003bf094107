# divergence of a vector field v(x, y) = (x^2 y, -x y^2) by autograd
import torch

p = torch.tensor([[1.0, 1.0], [2.0, -1.0], [0.0, 3.0]], dtype=torch.float64, requires_grad=True)
v = torch.stack([p[:, 0] ** 2 * p[:, 1], -p[:, 0] * p[:, 1] ** 2], dim=1)
parts = []
for comp in range(2):
    gcomp = torch.autograd.grad(v[:, comp], p, torch.ones(3, dtype=torch.float64), create_graph=True)[0]
    parts.append(gcomp[:, comp])
div = torch.stack(parts).sum(0)
print(div)
curl_z = torch.autograd.grad(v[:, 1].sum(), p, retain_graph=True)[0][:, 0] - torch.autograd.grad(v[:, 0].sum(), p)[0][:, 1]
print(curl_z)
