import torch

# Exam B3-11. f(x, y) = x^2 y^3. Find f_xy at (1, 2).
x = torch.tensor(1.0, requires_grad=True)
y = torch.tensor(2.0, requires_grad=True)
f = x ** 2 * y ** 3
fx, = torch.autograd.grad(f, x, create_graph=True)
fxy, = torch.autograd.grad(fx, y)
print(fx.item(), fxy.item(), 6 * 1.0 * 2.0 ** 2)
fy, = torch.autograd.grad(x ** 2 * y ** 3, y, create_graph=True)
fyy, fyx = torch.autograd.grad(fy, (y, x))
print(fyy.item(), fyx.item())
