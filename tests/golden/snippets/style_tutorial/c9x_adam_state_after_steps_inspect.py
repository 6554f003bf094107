# Inspecting an optimizer after a few steps: param_groups, state, step counters.
import torch
import torch.nn as nn

torch.manual_seed(2)
model = nn.Linear(3, 2)
opt = torch.optim.Adam(model.parameters(), lr=1e-2, betas=(0.9, 0.99), weight_decay=1e-4)
print(opt)
x, y = torch.randn(8, 3), torch.randn(8, 2)
for _ in range(3):
    opt.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    opt.step()
sd = opt.state_dict()
print(sd.keys())
print(sd["param_groups"])
for k, v in sd["state"].items():
    print(k, sorted(v.keys()), v["step"], v["exp_avg"].shape)
st = opt.state[model.bias]
print(st["step"])
print(st["exp_avg"])
print(st["exp_avg_sq"])
for g in opt.param_groups:
    g["lr"] = 0.001
print(opt.param_groups[0]["lr"], len(opt.param_groups[0]["params"]))
print(model.weight)
