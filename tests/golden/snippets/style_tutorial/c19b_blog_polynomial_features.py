# Polynomial regression from scratch with torch.no_grad updates
import torch

torch.manual_seed(0)
x = torch.linspace(-1, 1, 50)
y = 0.5 * x ** 3 - x + 0.05 * torch.randn(50)
X = torch.stack([x ** i for i in range(4)], dim=1)
w = torch.zeros(4, requires_grad=True)
for step in range(201):
    loss = ((X @ w - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.5 * w.grad
        w.grad.zero_()
    if step % 50 == 0:
        print(f"step {step:3d}  loss {loss.item():.5f}")
print("weights:", w.detach().round(decimals=3))
