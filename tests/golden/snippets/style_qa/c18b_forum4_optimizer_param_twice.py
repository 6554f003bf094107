# Q: "some parameters appear in more than one parameter group"
import torch
import torch.nn as nn

model = nn.Linear(2, 2)
try:
    torch.optim.SGD([{"params": model.parameters()}, {"params": [model.weight], "lr": 0.1}], lr=0.01)
except ValueError as err:
    print("ValueError:", err)
opt = torch.optim.SGD([{"params": [model.weight]}, {"params": [model.bias], "lr": 0.1}], lr=0.01)
print([g["lr"] for g in opt.param_groups])
print(len(opt.param_groups[0]["params"]))
