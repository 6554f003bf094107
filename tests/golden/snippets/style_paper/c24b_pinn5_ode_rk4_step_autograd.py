# differentiating through an RK4 step w.r.t. a rate parameter
import torch

k = torch.tensor(0.5, dtype=torch.float64, requires_grad=True)
def f(y):
    return -k * y
y, h = torch.tensor(1.0, dtype=torch.float64), 0.1
for _ in range(10):
    k1 = f(y); k2 = f(y + h / 2 * k1); k3 = f(y + h / 2 * k2); k4 = f(y + h * k3)
    y = y + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
print(round(y.item(), 8))
y.backward()
print(round(k.grad.item(), 8))
