# Fitting amplitude, frequency and phase of a sine with Adam.
import torch

torch.manual_seed(6)
t = torch.linspace(0, 6.28, 50)
y = 1.7 * torch.sin(1.0 * t + 0.4)
A = torch.tensor(1.0, requires_grad=True)
phi = torch.tensor(0.0, requires_grad=True)
opt = torch.optim.Adam([A, phi], lr=0.05)
for it in range(301):
    opt.zero_grad()
    loss = ((A * torch.sin(t + phi) - y) ** 2).mean()
    loss.backward()
    opt.step()
    if it % 100 == 0:
        print(it, f"{loss.item():.5f}")
print(round(A.item(), 3), round(phi.item(), 3))
