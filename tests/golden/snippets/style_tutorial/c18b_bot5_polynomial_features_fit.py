"""Fitting a cubic with polynomial features and LBFGS."""
import torch

torch.manual_seed(0)
x = torch.linspace(-1, 1, 30)
y = 0.5 * x ** 3 - x + 0.2 + 0.05 * torch.randn(30)
features = torch.stack([x ** k for k in range(4)], dim=1)
coef = torch.zeros(4, requires_grad=True)
opt = torch.optim.LBFGS([coef], lr=1, max_iter=50)


def closure():
    opt.zero_grad()
    loss = ((features @ coef - y) ** 2).mean()
    loss.backward()
    return loss


final = opt.step(closure)
print("coefficients:", coef.detach())
print("loss:", closure().item())
