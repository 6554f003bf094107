# Practice 3: Newton's method for sqrt(2) using autograd for the derivative
import torch

x = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
for step in range(6):
    f = x ** 2 - 2
    (df,) = torch.autograd.grad(f, x)
    with torch.no_grad():
        x -= f / df
    print(step, x.item())
print(abs(x.item() - 2 ** 0.5) < 1e-12)
