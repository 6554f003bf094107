# Learning-rate scheduling: hand-written square-root and factor schedulers, then MultiStepLR.
import torch
from torch import nn

class SquareRootScheduler:
    def __init__(self, lr=0.1):
        self.lr = lr
    def __call__(self, num_update):
        return self.lr * pow(num_update + 1.0, -0.5)

class FactorScheduler:
    def __init__(self, factor=1, stop_factor_lr=1e-7, base_lr=0.1):
        self.factor, self.stop_factor_lr, self.base_lr = factor, stop_factor_lr, base_lr
    def __call__(self, num_update):
        self.base_lr = max(self.stop_factor_lr, self.base_lr * self.factor)
        return self.base_lr

sq = SquareRootScheduler(lr=0.1)
print([round(sq(t), 5) for t in range(8)])
fac = FactorScheduler(factor=0.9, stop_factor_lr=1e-2, base_lr=2.0)
print([round(fac(t), 5) for t in range(50)][::7])

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
X, y = torch.randn(64, 4), torch.randn(64, 1)
trainer = torch.optim.SGD(net.parameters(), lr=0.5)
scheduler = torch.optim.lr_scheduler.MultiStepLR(trainer, milestones=[5, 10], gamma=0.5)
for epoch in range(12):
    trainer.zero_grad()
    l = nn.functional.mse_loss(net(X), y)
    l.backward()
    trainer.step()
    scheduler.step()
    print(f"epoch {epoch + 1}: loss {l.item():.4f}, lr {scheduler.get_last_lr()[0]}")
for g in trainer.param_groups:
    g["lr"] = sq(20)
print(trainer.param_groups[0]["lr"])
