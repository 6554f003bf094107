# d2l integral calculus: Riemann sums and torch.trapezoid for the area under curves, compared with exact values.
import math
import torch

epsilon = 0.05
a, b = 0, 2
x = torch.arange(a, b, epsilon)
f = x / (1 + x ** 2)
approx = torch.sum(epsilon * f)
true = math.log(2) / 2
print(f'approximation: {approx}, truth: {true}')
for n in (10, 100, 1000):
    xs = torch.linspace(0, 2, n + 1)
    print(n, torch.trapezoid(xs / (1 + xs ** 2), xs).item())
xs = torch.linspace(0, math.pi, 101, dtype=torch.float64)
print(torch.trapezoid(torch.sin(xs), xs), torch.trapezoid(torch.sin(xs), dx=math.pi / 100))
print(torch.cumulative_trapezoid(torch.tensor([1.0, 2.0, 3.0, 4.0])))
g = torch.linspace(-3, 3, 61)
X, Y = torch.meshgrid(g, g, indexing="ij")
density = torch.exp(-(X ** 2 + Y ** 2) / 2) / (2 * math.pi)
print((density.sum() * 0.1 * 0.1).item())
