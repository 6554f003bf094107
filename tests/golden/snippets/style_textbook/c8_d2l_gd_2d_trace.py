# Gradient descent in two dimensions and SGD with a noisy gradient and a decaying learning rate.
import math
import torch

def train_2d(trainer, steps=20, f_grad=None):
    x1, x2, s1, s2 = -5, -2, 0, 0
    results = [(x1, x2)]
    for i in range(steps):
        if f_grad:
            x1, x2, s1, s2 = trainer(x1, x2, s1, s2, f_grad)
        else:
            x1, x2, s1, s2 = trainer(x1, x2, s1, s2)
        results.append((x1, x2))
    print(f'epoch {i + 1}, x1: {float(x1):f}, x2: {float(x2):f}')
    return results

def f_2d(x1, x2):
    return x1 ** 2 + 2 * x2 ** 2

def f_2d_grad(x1, x2):
    return (2 * x1, 4 * x2)

def gd_2d(x1, x2, s1, s2, f_grad):
    g1, g2 = f_grad(x1, x2)
    return (x1 - eta * g1, x2 - eta * g2, 0, 0)

eta = 0.1
results = train_2d(gd_2d, f_grad=f_2d_grad)
print(results[:3])

def sgd(x1, x2, s1, s2, f_grad):
    g1, g2 = f_grad(x1, x2)
    g1 += torch.normal(0.0, 1, (1,)).item()
    g2 += torch.normal(0.0, 1, (1,)).item()
    eta_t = eta * lr()
    return (x1 - eta_t * g1, x2 - eta_t * g2, 0, 0)

def constant_lr():
    return 1

t = 1
def exponential_lr():
    global t
    t += 1
    return math.exp(-0.1 * t)

torch.manual_seed(0)
lr = constant_lr
train_2d(sgd, steps=50, f_grad=f_2d_grad)
lr = exponential_lr
r = train_2d(sgd, steps=50, f_grad=f_2d_grad)
print(round(f_2d(*r[-1]), 6))
x = torch.tensor([-5.0, -2.0], requires_grad=True)
for _ in range(20):
    loss = x[0] ** 2 + 2 * x[1] ** 2
    loss.backward()
    with torch.no_grad():
        x -= 0.1 * x.grad
    x.grad.zero_()
print(x)
