"""Cosine annealing learning rate, printed alongside the loss."""
import torch

torch.manual_seed(0)
w = torch.randn(4, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.5)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=6, eta_min=0.01)
for epoch in range(6):
    opt.zero_grad()
    loss = (w ** 4).sum()
    loss.backward()
    opt.step()
    sched.step()
    print(f"{epoch} lr={sched.get_last_lr()[0]:.6f} loss={loss.item()}")
