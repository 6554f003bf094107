# fitting u' = -u, u(0) = 1 with LBFGS on a tiny float64 network
import torch
import torch.nn as nn

torch.manual_seed(5)
net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1)).double()
t = torch.linspace(0, 1, 12, dtype=torch.float64).unsqueeze(1).requires_grad_(True)
opt = torch.optim.LBFGS(net.parameters(), lr=1.0, max_iter=200, line_search_fn="strong_wolfe")
def closure():
    opt.zero_grad()
    u = net(t)
    ut = torch.autograd.grad(u, t, torch.ones_like(u), create_graph=True)[0]
    loss = (ut + u).pow(2).mean() + (net(torch.zeros(1, 1, dtype=torch.float64)) - 1).pow(2).sum()
    loss.backward()
    return loss
for _ in range(3):
    opt.step(closure)
print(closure().item() < 1e-4)
print(round(net(torch.ones(1, 1, dtype=torch.float64)).item(), 2))
