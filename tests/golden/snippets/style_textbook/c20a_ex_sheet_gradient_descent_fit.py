# Exercise: fit the same line with 100 steps of gradient descent
import torch

torch.manual_seed(0)
x = torch.linspace(0, 1, 20)
y = 2 * x + 1 + 0.05 * torch.randn(20)
w = torch.zeros(2, requires_grad=True)
for step in range(100):
    loss = ((w[0] * x + w[1] - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.5 * w.grad
        w.grad.zero_()
print(w)
print(loss.item())
