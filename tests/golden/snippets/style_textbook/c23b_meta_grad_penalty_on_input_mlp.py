import torch
from torch import nn

torch.manual_seed(13)
D = nn.Sequential(nn.Linear(2, 8), nn.LeakyReLU(0.2), nn.Linear(8, 1))
x = torch.randn(5, 2, requires_grad=True)
score = D(x)
grad_x, = torch.autograd.grad(score.sum(), x, create_graph=True)
print(grad_x.shape, grad_x.requires_grad)
gp = (grad_x.norm(dim=1) - 1).pow(2).mean()
gp.backward()
print(D[0].weight.grad.shape, D[2].weight.grad.shape)
print(x.grad.shape)
print(gp.grad_fn, type(gp.item()))
