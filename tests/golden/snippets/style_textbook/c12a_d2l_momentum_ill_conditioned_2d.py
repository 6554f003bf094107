# Momentum on an ill-conditioned 2-D quadratic: from-scratch velocity updates vs optim.SGD(momentum=...).
import torch

def f_2d(x1, x2):
    return 0.1 * x1 ** 2 + 2 * x2 ** 2

def momentum_2d(x1, x2, v1, v2, eta, beta):
    v1 = beta * v1 + 0.2 * x1
    v2 = beta * v2 + 4 * x2
    return x1 - eta * v1, x2 - eta * v2, v1, v2

for eta, beta in [(0.4, 0.5), (0.6, 0.5), (0.6, 0.25)]:
    x1, x2, v1, v2 = -5.0, -2.0, 0.0, 0.0
    for i in range(20):
        x1, x2, v1, v2 = momentum_2d(x1, x2, v1, v2, eta, beta)
    print(f"eta={eta} beta={beta}: x1: {x1:f}, x2: {x2:f}")
x = torch.tensor([-5.0, -2.0], requires_grad=True)
opt = torch.optim.SGD([x], lr=0.4, momentum=0.5)
for i in range(20):
    opt.zero_grad()
    f_2d(x[0], x[1]).backward()
    opt.step()
print(x.detach(), opt.state[x]["momentum_buffer"])
lambdas = [0.1, 1, 10, 19]
t = torch.arange(40).float()
for lam in lambdas:
    print(lam, ((1 - 0.1 * lam) ** t)[[0, 10, 39]])
