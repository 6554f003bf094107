import torch


def f(x):
    return (x[0] - 1) ** 2 + 2 * (x[1] + 0.5) ** 2 + x[0] * x[1]


x = torch.tensor([2.0, 2.0], dtype=torch.float64, requires_grad=True)
Hinv = torch.eye(2, dtype=torch.float64)
g = torch.autograd.grad(f(x), x)[0]
for k in range(4):
    d = -Hinv @ g
    x_new = (x + 0.5 * d).detach().requires_grad_()
    g_new = torch.autograd.grad(f(x_new), x_new)[0]
    s, yv = (x_new - x).detach(), g_new - g
    rho = 1.0 / (yv @ s)
    I = torch.eye(2, dtype=torch.float64)
    Hinv = (I - rho * torch.outer(s, yv)) @ Hinv @ (I - rho * torch.outer(yv, s)) + rho * torch.outer(s, s)
    x, g = x_new, g_new
    print(k, f"{f(x).item():.6f}", x.detach().numpy().round(5))
