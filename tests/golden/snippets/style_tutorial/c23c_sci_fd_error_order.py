# Step-size study: the central difference error falls as h^2 until round-off takes over.
import torch

f = lambda x: x ** 3 - 2 * x
x0 = torch.tensor(1.5, dtype=torch.float64, requires_grad=True)
f(x0).backward()
g = x0.grad.item()
print(g)
for k in range(1, 6):
    h = 10.0 ** -k
    x = x0.detach()
    cen = (f(x + h) - f(x - h)) / (2 * h)
    print(k, f"{abs(cen.item() - g):.2e}")
