# Per-parameter options: two param groups with their own lr, the optimizer repr, add_param_group, state.
import torch
from torch import nn, optim

torch.manual_seed(3)
base = nn.Linear(4, 3)
head = nn.Linear(3, 2)
optimizer = optim.Adam([
    {"params": base.parameters()},
    {"params": head.parameters(), "lr": 1e-2},
], lr=1e-3, betas=(0.8, 0.99))
print(optimizer)
extra = nn.Parameter(torch.zeros(2))
optimizer.add_param_group({"params": [extra], "weight_decay": 0.1})
print(len(optimizer.param_groups), optimizer.param_groups[2]["lr"], optimizer.param_groups[2]["weight_decay"])
x = torch.randn(5, 4)
loss = (head(base(x)) + extra).pow(2).mean()
loss.backward()
optimizer.step()
print(head.bias, extra)
state = optimizer.state_dict()
print(list(state.keys()), list(state["state"].keys()))
print(state["state"][0]["step"], state["state"][0]["exp_avg"].shape)
print(state["param_groups"][1])
try:
    optimizer.add_param_group({"params": [extra]})
except ValueError as e:
    print("ValueError:", e)
