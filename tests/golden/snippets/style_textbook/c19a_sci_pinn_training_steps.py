# a few Adam steps on the ODE u' = -u with u(0) = 1
import torch
torch.manual_seed(3)
net = torch.nn.Sequential(torch.nn.Linear(1, 12), torch.nn.Tanh(), torch.nn.Linear(12, 1))
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
t = torch.linspace(0, 2, 20).view(-1, 1).requires_grad_()
for step in range(5):
    opt.zero_grad()
    u = net(t)
    du = torch.autograd.grad(u, t, torch.ones_like(u), create_graph=True)[0]
    ode = ((du + u) ** 2).mean()
    ic = (net(torch.zeros(1, 1)) - 1.0).pow(2).squeeze()
    loss = ode + ic
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 6))
