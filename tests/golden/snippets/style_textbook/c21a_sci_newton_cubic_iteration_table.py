# Newton iterations on f(x) = x^3 - 2x - 5 (Wallis' classic equation).
import torch

def f(x):
    return x ** 3 - 2 * x - 5

x = torch.tensor([2.0], dtype=torch.float64)
for k in range(5):
    xr = x.clone().requires_grad_()
    y = f(xr)
    y.backward()
    x = x - y.detach() / xr.grad
    print(k, x.item(), f(x).item())
