# Course notebook: regression that predicts a mean and a variance, trained with nn.GaussianNLLLoss.
import torch
import torch.nn as nn

torch.manual_seed(14)
x = torch.linspace(-2, 2, 40).unsqueeze(1)
noise = 0.1 + 0.4 * (x + 2) / 4
y = torch.sin(x) + noise * torch.randn_like(x)
net = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 2))
loss_fn = nn.GaussianNLLLoss()
opt = torch.optim.Adam(net.parameters(), lr=0.03)
for epoch in range(10):
    out = net(x)
    mean, var = out[:, :1], nn.functional.softplus(out[:, 1:]) + 1e-6
    loss = loss_fn(mean, y, var)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, f"{loss.item():.6f}")
manual = 0.5 * (torch.log(var) + (y - mean) ** 2 / var).mean()
print(manual.item(), loss_fn(mean, y, var).item())
full = nn.GaussianNLLLoss(full=True)(mean, y, var)
print(full.item())
print(var[::10].squeeze())
