# heat equation residual u_t - alpha * u_xx with inputs (x, t)
import torch
torch.manual_seed(2)
model = torch.nn.Sequential(torch.nn.Linear(2, 10), torch.nn.Tanh(), torch.nn.Linear(10, 1))
xt = torch.rand(4, 2, requires_grad=True)
u = model(xt)
grads = torch.autograd.grad(u, xt, torch.ones_like(u), create_graph=True)[0]
u_x, u_t = grads[:, 0:1], grads[:, 1:2]
u_xx = torch.autograd.grad(u_x, xt, torch.ones_like(u_x), create_graph=True)[0][:, 0:1]
alpha = 0.1
res = u_t - alpha * u_xx
print(res.detach().flatten())
print(res.grad_fn.name())
