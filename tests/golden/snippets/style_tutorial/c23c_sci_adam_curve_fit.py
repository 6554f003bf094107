# Fitting a quadratic y = a x^2 + b with Adam, float64, printing rounded values.
import torch

torch.manual_seed(0)
x = torch.linspace(-1, 1, 21, dtype=torch.float64)
y = 2.0 * x ** 2 - 0.5
a = torch.zeros(1, dtype=torch.float64, requires_grad=True)
b = torch.zeros(1, dtype=torch.float64, requires_grad=True)
opt = torch.optim.Adam([a, b], lr=0.1)
for step in range(300):
    loss = ((a * x ** 2 + b - y) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
print(round(a.item(), 3), round(b.item(), 3), loss.item() < 1e-4)
print(opt.state[a]["step"], opt.state[a]["exp_avg"].dtype)
