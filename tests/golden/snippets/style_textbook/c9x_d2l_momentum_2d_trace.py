# Optimization chapter: gd vs momentum on f(x1, x2) = 0.1 x1^2 + 2 x2^2, traced by hand and with optim.SGD.
import torch

eta, beta = 0.4, 0.5

def f_2d(x1, x2):
    return 0.1 * x1 ** 2 + 2 * x2 ** 2

def gd_2d(x1, x2, s1, s2):
    return (x1 - eta * 0.2 * x1, x2 - eta * 4 * x2, 0, 0)

def momentum_2d(x1, x2, v1, v2):
    v1 = beta * v1 + 0.2 * x1
    v2 = beta * v2 + 4 * x2
    return x1 - eta * v1, x2 - eta * v2, v1, v2

def train_2d(trainer, steps=20):
    x1, x2, s1, s2 = -5, -2, 0, 0
    for i in range(steps):
        x1, x2, s1, s2 = trainer(x1, x2, s1, s2)
    print(f"epoch {steps}, x1: {float(x1):f}, x2: {float(x2):f}")

train_2d(gd_2d)
train_2d(momentum_2d)
x = torch.tensor([-5.0, -2.0], requires_grad=True)
opt = torch.optim.SGD([x], lr=eta, momentum=beta, dampening=0)
for i in range(20):
    opt.zero_grad()
    loss = f_2d(x[0], x[1])
    loss.backward()
    opt.step()
print(x.detach(), loss.item())
lambdas = [0.95, 0.9, 0.6, 0]
t = torch.arange(40).float()
for lam in lambdas:
    print(f"lambda = {lam:.2f}", (lam ** t).sum().item())
