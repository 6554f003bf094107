# learning-rate-annealing style loss weights computed under no_grad
import torch
import torch.nn as nn

torch.manual_seed(10)
net = nn.Linear(2, 1).double()
x = torch.randn(6, 2, dtype=torch.float64)
loss_r = net(x).pow(2).mean()
loss_b = (net(x[:2]) - 1).pow(2).mean()
g_r = torch.autograd.grad(loss_r, net.weight, retain_graph=True)[0]
g_b = torch.autograd.grad(loss_b, net.weight, retain_graph=True)[0]
with torch.no_grad():
    lam = g_r.abs().max() / g_b.abs().mean()
print(lam.requires_grad, lam.dtype, lam.shape)
total = loss_r + lam * loss_b
total.backward()
print(net.weight.grad.shape, net.bias.grad.shape)
