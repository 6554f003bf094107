# Linear warm-up followed by cosine decay with SequentialLR, plus warm restarts and polynomial decay.
import torch
from torch import nn
from torch.optim.lr_scheduler import (CosineAnnealingLR, CosineAnnealingWarmRestarts, LinearLR, PolynomialLR,
                                      SequentialLR)

torch.manual_seed(0)
model = nn.Linear(4, 1)
opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
warmup = LinearLR(opt, start_factor=0.01, total_iters=3)
decay = CosineAnnealingLR(opt, T_max=6, eta_min=1e-5)
sched = SequentialLR(opt, schedulers=[warmup, decay], milestones=[3])
x, y = torch.randn(16, 4), torch.randn(16, 1)
for step in range(9):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    sched.step()
    print(f'step {step} lr {sched.get_last_lr()[0]:.6f} loss {loss.item():.4f}')
sgd = torch.optim.SGD(model.parameters(), lr=0.1)
restarts = CosineAnnealingWarmRestarts(sgd, T_0=2, T_mult=2)
poly_opt = torch.optim.SGD(model.parameters(), lr=0.1)
poly = PolynomialLR(poly_opt, total_iters=4, power=2.0)
for epoch in range(6):
    sgd.step()
    restarts.step()
    poly_opt.step()
    poly.step()
    print(epoch, round(restarts.get_last_lr()[0], 5), restarts.T_i, round(poly.get_last_lr()[0], 6))
