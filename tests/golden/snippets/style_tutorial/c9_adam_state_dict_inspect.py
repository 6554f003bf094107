# What Adam keeps per parameter: step, exp_avg, exp_avg_sq, and how the state_dict shows it.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
opt = torch.optim.Adam(model.parameters(), lr=0.1, betas=(0.9, 0.99), weight_decay=0.01)
print(opt.state_dict())
x = torch.randn(5, 2)
for _ in range(2):
    opt.zero_grad()
    model(x).pow(2).mean().backward()
    opt.step()
state = opt.state[model.weight]
print(sorted(state.keys()))
print(state["step"])
print(state["exp_avg"])
print(state["exp_avg_sq"])
sd = opt.state_dict()
print(sd["state"].keys(), sd["param_groups"][0]["params"])
group = sd["param_groups"][0]
print({k: group[k] for k in ("lr", "betas", "eps", "weight_decay", "amsgrad", "maximize")})
print(opt)
opt.param_groups[0]["lr"] = 0.01
print(opt.param_groups[0]["lr"])
