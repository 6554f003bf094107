# parameter appears in two optimizer groups
import torch
import torch.nn as nn

torch.manual_seed(95)
m = nn.Linear(2, 2)
try:
    torch.optim.SGD([{"params": m.parameters()}, {"params": [m.weight], "lr": 0.01}], lr=0.1)
except ValueError as e:
    print("ValueError:", e)
opt = torch.optim.SGD([{"params": [m.weight]}, {"params": [m.bias], "lr": 0.01}], lr=0.1)
print([g["lr"] for g in opt.param_groups])
