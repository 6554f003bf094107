# Issue: "UserWarning: optimizer contains a parameter group with duplicate parameters".
import torch

p = torch.nn.Parameter(torch.ones(2))
opt = torch.optim.SGD([p, p], lr=0.1)
print(len(opt.param_groups[0]["params"]))
try:
    torch.optim.SGD([{"params": [p]}, {"params": [p]}], lr=0.1)
except ValueError as e:
    print("ValueError:", e)
