# Gradient descent on f(x) = x^2 with learning rates below, at and above 1: converge, oscillate, diverge.
import torch

for eta in (0.2, 0.5, 0.9, 1.0, 1.1):
    x = torch.tensor(10.0, requires_grad=True)
    trace = []
    for _ in range(10):
        y = x ** 2
        y.backward()
        with torch.no_grad():
            x -= eta * x.grad
        x.grad.zero_()
        trace.append(round(x.item(), 4))
    print(eta, trace[:4], trace[-1])
