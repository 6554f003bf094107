# Physics-informed net for u' = -u, u(0) = 1: residual via autograd.grad with create_graph.
import torch
import torch.nn as nn

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)
net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
t = torch.linspace(0, 1, 11).reshape(-1, 1).requires_grad_()
opt = torch.optim.Adam(net.parameters(), lr=0.05)
for step in range(60):
    u = net(t)
    du = torch.autograd.grad(u, t, torch.ones_like(u), create_graph=True)[0]
    ode = ((du + u) ** 2).mean()
    bc = (net(torch.zeros(1, 1)) - 1.0).pow(2).sum()
    loss = ode + bc
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 20 == 0:
        print(step, f"{loss.item():.3f}")
print(du.shape, du.requires_grad, t.grad is not None)
print(loss.item() < 0.1)
