# estimating the spring constant of a damped oscillator from samples (Adam + float64)
import torch
torch.manual_seed(64)
t = torch.linspace(0, 5, 40, dtype=torch.float64)
obs = torch.exp(-0.2 * t) * torch.cos(2.0 * t)
omega = torch.tensor(1.7, dtype=torch.float64, requires_grad=True)
zeta = torch.tensor(0.1, dtype=torch.float64, requires_grad=True)
opt = torch.optim.Adam([omega, zeta], lr=0.02)
for step in range(200):
    opt.zero_grad()
    pred = torch.exp(-zeta * t) * torch.cos(omega * t)
    loss = torch.mean((pred - obs) ** 2)
    loss.backward()
    opt.step()
    if step % 50 == 0:
        print(step, loss.item())
print(omega.item(), zeta.item())
