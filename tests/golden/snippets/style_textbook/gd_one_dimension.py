# Gradient descent on f(x) = x^2 with different learning rates.
import torch

def f(x):
    return x ** 2

def gd(eta, steps=10):
    x = torch.tensor(10.0, requires_grad=True)
    results = [x.item()]
    for _ in range(steps):
        y = f(x)
        y.backward()
        with torch.no_grad():
            x -= eta * x.grad
        x.grad.zero_()
        results.append(x.item())
    print(f'eta={eta}: epoch 10, x: {results[-1]:f}')
    return results

gd(0.2)
gd(0.05)
print(gd(1.1)[:4])
