# Newton's method on f(x) = cosh(c x) with hand-written derivatives, and gradient descent on x^2.
import torch

c = torch.tensor(0.5)

def f(x):
    return torch.cosh(c * x)

def f_grad(x):
    return c * torch.sinh(c * x)

def f_hess(x):
    return c ** 2 * torch.cosh(c * x)

def newton(eta=1):
    x = 10.0
    results = [x]
    for i in range(6):
        x -= eta * f_grad(x) / f_hess(x)
        results.append(float(x))
    print('epoch 6, x:', x)
    return results

print([round(r, 6) for r in newton()])

def gd(eta, f_grad):
    x = 10.0
    results = [x]
    for i in range(5):
        x -= eta * f_grad(x)
        results.append(float(x))
    print(f'epoch 5, x: {x:f}')
    return results

print(gd(0.2, lambda x: 2 * x))
print(torch.cosh(torch.tensor([0.0, 1.0])), torch.sinh(torch.tensor(1.0)))
