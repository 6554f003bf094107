# Lecture: Newton's method for sqrt(2) with autograd computing f'(x) - every iterate at full precision.
import torch

def f(x):
    return x ** 2 - 2

x = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
for i in range(7):
    y = f(x)
    (dy,) = torch.autograd.grad(y, x)
    with torch.no_grad():
        x -= y / dy
    print(i, repr(x.item()), f"{f(x).item():.3e}")
print(x)
print("math:", 2 ** 0.5, x.item() == 2 ** 0.5)
torch.set_printoptions(precision=15)
print(x)
torch.set_printoptions(profile="default")
x32 = torch.tensor(1.0, requires_grad=True)
for i in range(6):
    y = f(x32)
    y.backward()
    with torch.no_grad():
        x32 -= y / x32.grad
    x32.grad = None
    print(i, x32.item(), x32)
