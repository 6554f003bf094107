# Learning-PyTorch-with-Examples style: fit a cubic to cos(x) with hand-written gradients,
# first in numpy, then the same loop with float64 tensors built from the numpy arrays.
import numpy as np
import torch

np.random.seed(11)
torch.manual_seed(11)
x_np = np.linspace(-2.0, 2.0, 400)
y_np = np.cos(x_np)
x = torch.from_numpy(x_np)
y = torch.from_numpy(y_np)
a, b, c, d = (torch.randn((), dtype=torch.float64) for _ in range(4))
lr = 2e-5
for t in range(600):
    y_pred = a + b * x + c * x ** 2 + d * x ** 3
    loss = (y_pred - y).pow(2).sum().item()
    if t % 150 == 149:
        print(t, loss)
    g = 2.0 * (y_pred - y)
    a -= lr * g.sum()
    b -= lr * (g * x).sum()
    c -= lr * (g * x ** 2).sum()
    d -= lr * (g * x ** 3).sum()
print(f"y = {a.item()} + {b.item()} x + {c.item()} x^2 + {d.item()} x^3")
print(x.dtype, y_pred.dtype, loss)
