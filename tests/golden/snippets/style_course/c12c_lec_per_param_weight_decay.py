# Lecture: no weight decay on biases via parameter groups.
import torch
import torch.nn as nn

torch.manual_seed(2)
net = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
decay, no_decay = [], []
for name, p in net.named_parameters():
    (no_decay if name.endswith("bias") else decay).append(p)
    print(name, tuple(p.shape))
opt = torch.optim.AdamW([
    {"params": decay, "weight_decay": 0.1},
    {"params": no_decay, "weight_decay": 0.0},
], lr=0.01)
x = torch.randn(6, 3)
y = torch.randn(6, 1)
for step in range(3):
    opt.zero_grad()
    loss = nn.functional.mse_loss(net(x), y)
    loss.backward()
    opt.step()
    print(step, f"{loss.item():.8f}")
print([g["weight_decay"] for g in opt.param_groups])
print(net[2].bias)
