# PINN basics: du/dx of a small network via autograd.grad with create_graph
import torch
torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(1, 8), torch.nn.Tanh(), torch.nn.Linear(8, 1))
x = torch.linspace(0, 1, 5).reshape(-1, 1).requires_grad_(True)
u = net(x)
du_dx = torch.autograd.grad(u, x, grad_outputs=torch.ones_like(u), create_graph=True)[0]
print(du_dx.shape, du_dx.requires_grad)
print(du_dx.grad_fn)
print(du_dx.squeeze())
