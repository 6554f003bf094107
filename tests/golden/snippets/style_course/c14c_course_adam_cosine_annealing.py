# Course training loop with Adam and CosineAnnealingLR: lr per epoch and the loss of a tiny MLP.
import torch
import torch.nn as nn

torch.manual_seed(66)
X = torch.rand(64, 2) * 4 - 2
y = (X[:, :1] * X[:, 1:]).sin()
net = nn.Sequential(nn.Linear(2, 24), nn.GELU(), nn.Linear(24, 1))
opt = torch.optim.Adam(net.parameters(), lr=0.02, betas=(0.9, 0.99))
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=8, eta_min=1e-4)
for epoch in range(8):
    for i in range(0, 64, 16):
        loss = nn.functional.mse_loss(net(X[i:i + 16]), y[i:i + 16])
        opt.zero_grad()
        loss.backward()
        opt.step()
    sched.step()
    print(epoch, f"{sched.get_last_lr()[0]:.6f}", loss.item())
print(opt.state[net[0].weight]['step'], opt.state[net[0].weight]['exp_avg_sq'].sum().item())
