import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0], [3.0, 5.0], [0.0, -1.0]], requires_grad=True)
y = F.batch_norm(x, None, None, training=True)
g, = torch.autograd.grad((y * torch.tensor([1.0, 2.0])).sum(), x, create_graph=True)
print(g.shape, g.requires_grad)
h, = torch.autograd.grad(g.pow(2).sum(), x)
print(h.shape, torch.isfinite(h).all().item())
