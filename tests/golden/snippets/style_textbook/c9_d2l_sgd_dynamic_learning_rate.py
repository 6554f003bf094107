# Stochastic gradient descent with noise and a dynamic learning rate (exponential vs polynomial decay).
import math
import torch

def f(x1, x2):
    return x1 ** 2 + 2 * x2 ** 2

def f_grad(x1, x2):
    return 2 * x1, 4 * x2

def sgd(x1, x2, s1, s2, f_grad, lr_fn):
    g1, g2 = f_grad(x1, x2)
    g1 += torch.normal(0.0, 1, (1,)).item()
    g2 += torch.normal(0.0, 1, (1,)).item()
    eta_t = eta * lr_fn()
    return (x1 - eta_t * g1, x2 - eta_t * g2, 0, 0)

def train_2d(trainer, steps=20, lr_fn=None):
    x1, x2, s1, s2 = -5, -2, 0, 0
    for i in range(steps):
        x1, x2, s1, s2 = trainer(x1, x2, s1, s2, f_grad, lr_fn)
    print(f"epoch {steps}, x1: {x1:f}, x2: {x2:f}")

def constant_lr():
    return 1

def exponential_lr():
    global t
    t += 1
    return math.exp(-0.1 * t)

def polynomial_lr():
    global t
    t += 1
    return (1 + 0.1 * t) ** (-0.5)

torch.manual_seed(0)
eta = 0.1
train_2d(sgd, steps=50, lr_fn=constant_lr)
t = 1
train_2d(sgd, steps=1000, lr_fn=exponential_lr)
t = 1
train_2d(sgd, steps=50, lr_fn=polynomial_lr)
print(t)
