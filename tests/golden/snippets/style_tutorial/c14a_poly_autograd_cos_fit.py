# Examples, autograd: cos(x) fitted by a cubic whose four coefficients live in one leaf tensor; update under no_grad.
import math
import torch

torch.manual_seed(1412)
pts = torch.linspace(-math.pi / 2, math.pi / 2, 1000)
goal = torch.cos(pts)
theta = torch.randn(4, requires_grad=True)
rate = 1e-5
for it in range(500):
    guess = theta[0] + theta[1] * pts + theta[2] * pts ** 2 + theta[3] * pts ** 3
    sse = (guess - goal).pow(2).sum()
    if it % 125 == 124:
        print(it, sse.item())
    sse.backward()
    with torch.no_grad():
        theta -= rate * theta.grad
    theta.grad = None
print("cos(x) ~ " + " + ".join(f"{c:.6f}*x^{k}" for k, c in enumerate(theta.tolist())))
print(theta, sse.grad_fn, theta.grad)
print(guess.grad_fn.next_functions[0][0].name())
