# Gradient descent on Rastrigin gets stuck in the nearest local minimum.
import math
import torch

def rastrigin(x):
    return 10 * x.numel() + (x ** 2 - 10 * torch.cos(2 * math.pi * x)).sum()

for start in [[0.3, -0.2], [2.2, 1.1], [-3.9, 4.1]]:
    x = torch.tensor(start, requires_grad=True)
    for _ in range(200):
        loss = rastrigin(x)
        (g,) = torch.autograd.grad(loss, x)
        x = (x - 0.002 * g).detach().requires_grad_()
    print(start, [round(v, 3) for v in x.tolist()], round(rastrigin(x).item(), 3))
