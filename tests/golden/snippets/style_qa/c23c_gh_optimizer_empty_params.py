# Issue: "optimizer got an empty parameter list" after exhausting the parameters() generator.
import torch
import torch.nn as nn

m = nn.Linear(2, 1)
params = m.parameters()
opt1 = torch.optim.SGD(params, lr=0.1)
try:
    torch.optim.Adam(params, lr=0.1)
except ValueError as e:
    print("ValueError:", e)
print(len(opt1.param_groups[0]["params"]))
try:
    torch.optim.SGD([], lr=0.1)
except ValueError as e:
    print("ValueError:", e)
