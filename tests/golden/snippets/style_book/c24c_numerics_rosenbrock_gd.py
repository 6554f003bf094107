# Section 4.1: plain gradient descent on the Rosenbrock function
import torch


def banana(pt):
    x, y = pt[0], pt[1]
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2


pt = torch.tensor([-1.0, 1.0], dtype=torch.float64, requires_grad=True)
eta = 1e-3
for step in range(2001):
    value = banana(pt)
    if step % 500 == 0:
        print(step, f"{value.item():.6f}", [round(v, 4) for v in pt.tolist()])
    value.backward()
    with torch.no_grad():
        pt -= eta * pt.grad
        pt.grad.zero_()
