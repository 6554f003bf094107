# CosineAnnealingLR with SGD momentum; lr sequence and final parameters
import torch
from torch import nn, optim

torch.manual_seed(1607)
layer = nn.Linear(3, 1, bias=False)
opt = optim.SGD(layer.parameters(), lr=0.1, momentum=0.8)
sched = optim.lr_scheduler.CosineAnnealingLR(opt, T_max=5, eta_min=0.01)
inputs = torch.randn(10, 3)
outputs = inputs.sum(dim=1, keepdim=True)
lrs = []
for _ in range(5):
    opt.zero_grad()
    loss = (layer(inputs) - outputs).pow(2).mean()
    loss.backward()
    opt.step()
    lrs.append(sched.get_last_lr()[0])
    sched.step()
    print(loss.item())
print(lrs)
print(layer.weight)
