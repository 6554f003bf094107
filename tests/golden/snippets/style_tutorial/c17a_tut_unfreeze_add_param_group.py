# Fine-tuning in two phases: head first, then unfreeze the base with add_param_group
import torch
import torch.nn as nn

torch.manual_seed(12)
base = nn.Linear(4, 6)
head = nn.Linear(6, 2)
for p in base.parameters():
    p.requires_grad = False
opt = torch.optim.Adam(filter(lambda p: p.requires_grad, list(base.parameters()) + list(head.parameters())), lr=1e-2)
print(len(opt.param_groups), len(opt.param_groups[0]["params"]))
for p in base.parameters():
    p.requires_grad = True
opt.add_param_group({"params": base.parameters(), "lr": 1e-3})
print(len(opt.param_groups), [g["lr"] for g in opt.param_groups])
print(opt.param_groups[1]["betas"], opt.param_groups[1]["weight_decay"])
x = torch.randn(8, 4)
loss = head(torch.relu(base(x))).pow(2).mean()
loss.backward()
opt.step()
print(opt.state[base.weight]["exp_avg"].shape, f"{loss.item():.5f}")
try:
    opt.add_param_group({"params": head.weight})
except ValueError as e:
    print("ValueError:", e)
