# second derivative u_xx for a Poisson residual
import torch
torch.manual_seed(1)
net = torch.nn.Sequential(torch.nn.Linear(1, 16), torch.nn.Tanh(), torch.nn.Linear(16, 1))
x = torch.rand(6, 1, requires_grad=True)
u = net(x)
u_x = torch.autograd.grad(u.sum(), x, create_graph=True)[0]
u_xx = torch.autograd.grad(u_x.sum(), x, create_graph=True)[0]
f = -torch.pi ** 2 * torch.sin(torch.pi * x)
residual = u_xx - f
loss = (residual ** 2).mean()
print(loss.item())
loss.backward()
print(net[0].weight.grad.norm().item())
print(net[2].bias.grad)
