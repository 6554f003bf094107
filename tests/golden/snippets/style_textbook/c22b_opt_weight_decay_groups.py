import torch
import torch.nn as nn

torch.manual_seed(2)
net = nn.Sequential(nn.Linear(4, 3), nn.LayerNorm(3), nn.Linear(3, 1))
decay, no_decay = [], []
for name, p in net.named_parameters():
    (no_decay if p.ndim == 1 else decay).append(p)
    print(name, tuple(p.shape), "decay" if p.ndim > 1 else "no_decay")
opt = torch.optim.AdamW(
    [{"params": decay, "weight_decay": 0.1}, {"params": no_decay, "weight_decay": 0.0}],
    lr=1e-2,
)
print([len(g["params"]) for g in opt.param_groups])
print([g["weight_decay"] for g in opt.param_groups])
x = torch.randn(6, 4)
loss = net(x).square().mean()
loss.backward()
opt.step()
print(f"{loss.item():.6f}")
print(net[2].weight.data)
