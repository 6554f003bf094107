# Implicit function theorem: root x*(theta) of x^3 + theta*x - 1 = 0 by Newton, dx*/dtheta vs autograd unrolled.
import torch

def F(x, theta):
    return x ** 3 + theta * x - 1

theta = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
x = torch.tensor(1.0, dtype=torch.float64)
with torch.no_grad():
    for i in range(8):
        x = x - F(x, theta) / (3 * x ** 2 + theta)
        print(i, x.item())
dF_dx = 3 * x ** 2 + theta
dF_dtheta = x
implicit = -(dF_dtheta / dF_dx)
print("implicit:", implicit.item())

xu = torch.tensor(1.0, dtype=torch.float64)
for i in range(8):
    xu = xu - F(xu, theta) / (3 * xu ** 2 + theta)
g, = torch.autograd.grad(xu, theta)
print("unrolled:", g.item())
print(abs(g - implicit).item() < 1e-12)
print(F(x, theta.detach()))
