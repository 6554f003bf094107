# periodic boundary condition loss u(0) = u(L) and u'(0) = u'(L)
import torch
import torch.nn as nn

torch.manual_seed(151)
net = nn.Sequential(nn.Linear(1, 6), nn.Tanh(), nn.Linear(6, 1)).double()
ends = torch.tensor([[0.0], [1.0]], dtype=torch.float64, requires_grad=True)
u = net(ends)
du, = torch.autograd.grad(u.sum(), ends, create_graph=True)
loss = (u[0] - u[1]).pow(2) + (du[0] - du[1]).pow(2)
loss.sum().backward()
print(loss.shape, loss.dtype)
print(all(p.grad is not None for p in net.parameters()))
