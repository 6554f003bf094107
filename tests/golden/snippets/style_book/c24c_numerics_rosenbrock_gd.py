# Section 4.1: plain gradient descent on the Rosenbrock function
import torch


def rosen(p):
    x, y = p[0], p[1]
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2


p = torch.tensor([-1.0, 1.0], dtype=torch.float64, requires_grad=True)
lr = 1e-3
for step in range(2001):
    loss = rosen(p)
    if step % 500 == 0:
        print(step, f"{loss.item():.6f}", [round(v, 4) for v in p.tolist()])
    loss.backward()
    with torch.no_grad():
        p -= lr * p.grad
        p.grad.zero_()
