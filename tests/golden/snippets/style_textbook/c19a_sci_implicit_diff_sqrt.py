# implicit differentiation: y solves y^2 = a, so dy/da = 1 / (2y)
import torch
a = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
with torch.no_grad():
    y = torch.tensor(1.0, dtype=torch.float64)
    for _ in range(30):
        y = 0.5 * (y + a / y)
def F(y, a):
    return y ** 2 - a
y = y.requires_grad_()
Fy, Fa = torch.autograd.grad(F(y, a), (y, a))
dy_da = -Fa / Fy
print(y.item(), dy_da.item(), 1 / (2 * a.sqrt()).item())
