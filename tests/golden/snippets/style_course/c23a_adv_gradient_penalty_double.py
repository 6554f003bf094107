# Input-gradient regularisation (double backprop): penalise ||d loss / d x||^2
import torch
import torch.nn as nn

torch.manual_seed(10)
net = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1))
x = torch.randn(4, 2, requires_grad=True)
loss = net(x).pow(2).mean()
g, = torch.autograd.grad(loss, x, create_graph=True)
penalty = g.pow(2).sum()
print(g.requires_grad, g.grad_fn is not None, g.shape)
(loss + penalty).backward()
print(net[0].weight.grad.shape, x.grad.shape)
try:
    torch.autograd.grad(loss, x)
except RuntimeError as e:
    print(str(e)[:60])
