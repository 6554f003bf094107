# Optimizer + scheduler tutorial: cosine annealing to eta_min, then a StepLR on Adam
import torch
from torch import nn
from torch.optim.lr_scheduler import CosineAnnealingLR, StepLR

torch.manual_seed(3)
reg = nn.Linear(3, 1)
momentum_sgd = torch.optim.SGD(reg.parameters(), lr=0.1, momentum=0.9)
cosine = CosineAnnealingLR(momentum_sgd, T_max=6, eta_min=0.001)
inputs, targets = torch.randn(10, 3), torch.randn(10, 1)
for ep in range(8):
    mse = ((reg(inputs) - targets) ** 2).mean()
    momentum_sgd.zero_grad()
    mse.backward()
    momentum_sgd.step()
    cosine.step()
    print(f"epoch {ep}: loss={mse.item():.6f} lr={cosine.get_last_lr()[0]:.6f}", momentum_sgd.param_groups[0]["lr"])
print(cosine.state_dict())
adam = torch.optim.Adam(reg.parameters(), lr=0.01)
halving = StepLR(adam, step_size=2, gamma=0.5)
history = []
for _ in range(5):
    adam.step()
    halving.step()
    history.append(halving.get_last_lr())
print(history, halving.last_epoch)
