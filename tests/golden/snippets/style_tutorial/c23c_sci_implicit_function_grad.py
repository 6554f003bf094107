# Implicit differentiation: x(theta) solves x^3 + x = theta; dx/dtheta = 1 / (3x^2 + 1).
import torch

theta = torch.tensor(10.0, dtype=torch.float64, requires_grad=True)
x = torch.tensor(1.0, dtype=torch.float64)
for _ in range(30):
    x = x - (x ** 3 + x - theta.detach()) / (3 * x ** 2 + 1)
print(round(x.item(), 10))
x_star = x.detach().requires_grad_()
g = torch.autograd.grad(x_star ** 3 + x_star - theta, x_star)[0]
dx_dtheta = 1 / g
print(round(dx_dtheta.item(), 10), dx_dtheta.requires_grad)
