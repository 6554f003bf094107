# Lecture: higher derivatives with create_graph=True - f(x) = x^3 + 2x^2 - 5x at a few points.
import torch

def f(x):
    return x ** 3 + 2 * x ** 2 - 5 * x

for value in [-1.5, 0.0, 0.7, 2.0]:
    x = torch.tensor(value, requires_grad=True)
    y = f(x)
    (dy,) = torch.autograd.grad(y, x, create_graph=True)
    (d2y,) = torch.autograd.grad(dy, x, create_graph=True)
    (d3y,) = torch.autograd.grad(d2y, x)
    print(f"x={value:5.2f} f={y.item():.6f} f'={dy.item():.6f} f''={d2y.item():.6f} f'''={d3y.item():.6f}")
    print("  by hand:", 3 * value ** 2 + 4 * value - 5, 6 * value + 4, 6.0)

x = torch.tensor(1.3, requires_grad=True)
dy = torch.autograd.grad(f(x), x, create_graph=True)[0]
print(dy, dy.requires_grad, dy.grad_fn.name())
d2y = torch.autograd.grad(dy, x)[0]
print(d2y, d2y.requires_grad)
