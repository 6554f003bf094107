import torch
import torch.nn as nn

torch.manual_seed(1)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
opt = torch.optim.SGD(
    [
        {"params": model[0].parameters(), "lr": 0.01},
        {"params": model[2].parameters()},
    ],
    lr=0.1,
    momentum=0.5,
)
for i, g in enumerate(opt.param_groups):
    print(i, g["lr"], g["momentum"], len(g["params"]), sorted(k for k in g if k != "params"))
x = torch.randn(5, 3)
before = model[0].weight.detach().clone()
loss = model(x).pow(2).mean()
loss.backward()
opt.step()
print(loss.item())
print((model[0].weight - before).abs().max().item() < 0.01)
opt.param_groups[0]["lr"] = 0.5
print([g["lr"] for g in opt.param_groups])
