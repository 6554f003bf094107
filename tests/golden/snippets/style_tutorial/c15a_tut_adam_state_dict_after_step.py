# What the optimizer stores: Adam's state_dict after two steps
import torch
import torch.nn as nn

torch.manual_seed(15)
model = nn.Linear(2, 1)
opt = torch.optim.Adam(model.parameters(), lr=0.05, betas=(0.8, 0.99))
x = torch.tensor([[1.0, 2.0], [3.0, -1.0]])
for _ in range(2):
    opt.zero_grad()
    model(x).square().sum().backward()
    opt.step()
sd = opt.state_dict()
print(sd.keys())
print(sd["param_groups"])
print(sd["state"][0]["step"], sd["state"][1]["exp_avg"], sd["state"][1]["exp_avg_sq"])
print(model.weight, model.bias)
opt2 = torch.optim.Adam(model.parameters())
opt2.load_state_dict(sd)
print(opt2.param_groups[0]["lr"], opt2.param_groups[0]["betas"])
