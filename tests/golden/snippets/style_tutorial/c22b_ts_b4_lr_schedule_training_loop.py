import torch
import torch.nn as nn

torch.manual_seed(63)
t = torch.arange(100.0)
y = torch.sin(t * 0.1)
X = y.unfold(0, 8, 1)[:-1]
Y = y[8:].unsqueeze(1)
model = nn.Sequential(nn.Linear(8, 16), nn.GELU(), nn.Linear(16, 1))
opt = torch.optim.AdamW(model.parameters(), lr=0.01)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=20)
for epoch in range(20):
    for xb, yb in zip(X.split(32), Y.split(32)):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(xb), yb)
        loss.backward()
        opt.step()
    sched.step()
    if epoch % 5 == 4:
        print(epoch, f"{loss.item():.6f}", f"{sched.get_last_lr()[0]:.6f}")
