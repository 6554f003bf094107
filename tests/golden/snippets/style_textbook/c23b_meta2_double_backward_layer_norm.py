import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0, 4.0], [0.0, -1.0, 1.0]], requires_grad=True)
w = torch.tensor([1.0, 0.5, 2.0], requires_grad=True)
y = F.layer_norm(x, (3,), weight=w)
g, = torch.autograd.grad((y * torch.tensor([1.0, 2.0, 3.0])).sum(), x, create_graph=True)
print(g)
gg = torch.autograd.grad(g.abs().sum(), (x, w))
print(gg[0])
print(gg[1])
