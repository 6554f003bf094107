# divergence of a vector field via autograd, one component at a time
import torch
pts = torch.tensor([[0.5, 1.0], [1.0, -1.0], [2.0, 0.3]], requires_grad=True)
def field(p):
    x, y = p[:, 0], p[:, 1]
    return torch.stack([y * torch.cos(x), -y ** 2 * torch.sin(x) / 2 + x], dim=1)
F = field(pts)
div = 0
for i in range(2):
    div = div + torch.autograd.grad(F[:, i].sum(), pts, create_graph=True)[0][:, i]
print(F)
print(div)
