# Gradient descent by hand on f(x, y) = x^2 + 3y^2
import torch

p = torch.tensor([2.0, 1.0], requires_grad=True)
lr = 0.1
for step in range(6):
    f = p[0] ** 2 + 3 * p[1] ** 2
    f.backward()
    print(f"step {step}: p = {p.detach().numpy().round(4)}, f = {f.item():.4f}, grad = {p.grad.tolist()}")
    with torch.no_grad():
        p.sub_(lr * p.grad)
    p.grad.zero_()
