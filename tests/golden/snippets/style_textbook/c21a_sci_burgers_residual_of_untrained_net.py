# Residual of viscous Burgers u_t + u u_x - nu u_xx for an untrained net u(t, x).
import torch

torch.manual_seed(17)
net = torch.nn.Sequential(torch.nn.Linear(2, 12), torch.nn.Tanh(), torch.nn.Linear(12, 1))
nu = 0.01
tx = torch.rand(8, 2, requires_grad=True)
u = net(tx)
grads = torch.autograd.grad(u.sum(), tx, create_graph=True)[0]
u_t, u_x = grads[:, 0:1], grads[:, 1:2]
u_xx = torch.autograd.grad(u_x.sum(), tx, create_graph=True)[0][:, 1:2]
residual = u_t + u * u_x - nu * u_xx
print(residual.shape, residual.grad_fn.name())
print(f"{residual.pow(2).mean().item():.5f}")
residual.pow(2).mean().backward()
print(net[0].weight.grad.shape, net[2].bias.grad is not None)
