# gradient of an RK4 solution w.r.t. the rate parameter, float64
import torch
torch.set_default_dtype(torch.float64)
lam = torch.tensor(1.5, requires_grad=True)
f = lambda y: -lam * y
y, h = torch.tensor(1.0), 0.05
for _ in range(20):
    k1 = f(y); k2 = f(y + h / 2 * k1); k3 = f(y + h / 2 * k2); k4 = f(y + h * k3)
    y = y + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
y.backward()
print(y.item())
print(lam.grad.item())
print(-1.0 * torch.exp(-lam.detach()).item())
