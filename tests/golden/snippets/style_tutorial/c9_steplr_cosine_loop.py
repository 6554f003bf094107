# Watching the learning rate of StepLR and CosineAnnealingLR over a short training loop.
import torch
import torch.nn as nn
from torch.optim.lr_scheduler import StepLR, CosineAnnealingLR

torch.manual_seed(0)
x = torch.randn(20, 2)
y = (x[:, :1] - x[:, 1:]) * 2

for name in ("step", "cosine"):
    model = nn.Linear(2, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.2, momentum=0.9)
    if name == "step":
        sched = StepLR(opt, step_size=3, gamma=0.5)
    else:
        sched = CosineAnnealingLR(opt, T_max=8, eta_min=0.01)
    print(name, sched.get_last_lr())
    for epoch in range(8):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        sched.step()
        print(f"epoch {epoch}: loss={loss.item():.4f} next lr={sched.get_last_lr()[0]:.6f}")
    print(sched.state_dict())
