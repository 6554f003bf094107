# Q: how do I change the learning rate of an existing optimizer?
import torch

w = torch.nn.Parameter(torch.ones(2))
opt = torch.optim.Adam([w], lr=1e-3)
for group in opt.param_groups:
    group["lr"] = 5e-4
print(opt.param_groups[0]["lr"], opt.defaults["lr"])
opt.add_param_group({"params": [torch.nn.Parameter(torch.zeros(1))], "lr": 0.1})
print([g["lr"] for g in opt.param_groups], len(opt.param_groups))
print(sorted(opt.param_groups[1].keys()))
