# plain gradient descent on Rosenbrock with manual updates
import torch
x = torch.tensor([-1.0, 1.0], requires_grad=True)
lr = 1e-3
for i in range(1, 2001):
    f = (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2
    f.backward()
    with torch.no_grad():
        x -= lr * x.grad
    x.grad.zero_()
    if i % 500 == 0:
        print(i, f.item(), x.tolist())
