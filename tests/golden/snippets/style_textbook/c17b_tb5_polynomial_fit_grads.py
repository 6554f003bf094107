# Fitting a quadratic with manual gradient steps; the gradients shrink as it fits.
import torch

xs = torch.linspace(-1, 1, 5)
ys = 2 * xs ** 2 - xs + 0.5
coef = torch.zeros(3, requires_grad=True)
for step in range(4):
    pred = coef[0] + coef[1] * xs + coef[2] * xs ** 2
    loss = ((pred - ys) ** 2).mean()
    loss.backward()
    print(step, round(loss.item(), 4), coef.grad)
    with torch.no_grad():
        coef -= 0.5 * coef.grad
        coef.grad = None
print(coef)
