# torch.func.grad of a scalar function, and grad of grad
import torch
from torch.func import grad

def f(x):
    return torch.sin(x) * x ** 2

x = torch.tensor(1.2, dtype=torch.float64)
df = grad(f)
d2f = grad(grad(f))
print(round(df(x).item(), 8), round(d2f(x).item(), 8))
print(df(x).dtype, df(x).shape)
try:
    grad(lambda v: v ** 2)(torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
