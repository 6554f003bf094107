# Momentum from scratch on an ill-conditioned quadratic vs optim.SGD(momentum=...)
import torch

def f_grad(x1, x2):
    return 0.2 * x1, 4 * x2

x1, x2, v1, v2 = -5.0, -2.0, 0.0, 0.0
eta, beta = 0.4, 0.5
for i in range(20):
    g1, g2 = f_grad(x1, x2)
    v1, v2 = beta * v1 + g1, beta * v2 + g2
    x1, x2 = x1 - eta * v1, x2 - eta * v2
print(f"scratch: x1 {x1:f}, x2 {x2:f}")
x = torch.tensor([-5.0, -2.0], requires_grad=True)
opt = torch.optim.SGD([x], lr=eta, momentum=beta)
for i in range(20):
    opt.zero_grad()
    (0.1 * x[0] ** 2 + 2 * x[1] ** 2).backward()
    opt.step()
print(f"torch:   x1 {x[0].item():f}, x2 {x[1].item():f}")
