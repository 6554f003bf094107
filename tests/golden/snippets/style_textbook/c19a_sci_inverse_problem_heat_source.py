# inverse problem: recover a source strength from a discretised 1D Poisson solve
import torch
n = 8
h = 1.0 / (n + 1)
L = (torch.diag(torch.full((n,), 2.0)) - torch.diag(torch.ones(n - 1), 1) - torch.diag(torch.ones(n - 1), -1)) / h ** 2
x = torch.linspace(h, 1 - h, n)
measured = torch.linalg.solve(L, 3.0 * torch.sin(torch.pi * x))
s = torch.tensor(1.0, requires_grad=True)
for it in range(3):
    u = torch.linalg.solve(L, s * torch.sin(torch.pi * x))
    loss = ((u - measured) ** 2).sum()
    g, = torch.autograd.grad(loss, s)
    s = (s - loss / g).detach().requires_grad_()
    print(it, loss.item(), s.item())
