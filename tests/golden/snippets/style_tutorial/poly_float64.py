# The polynomial fit in double precision, the dtype the first tutorial version used.
import math
import torch

dtype = torch.float64
x = torch.linspace(-math.pi, math.pi, 2000, dtype=dtype)
y = torch.sin(x)
torch.manual_seed(29)
w = torch.randn(4, dtype=dtype, requires_grad=True)
for t in range(200):
    y_pred = w[0] + w[1] * x + w[2] * x ** 2 + w[3] * x ** 3
    loss = (y_pred - y).pow(2).sum()
    if t % 50 == 49:
        print(t, loss.item())
    loss.backward()
    with torch.no_grad():
        w -= 1e-6 * w.grad
        w.grad.zero_()
print(w)
