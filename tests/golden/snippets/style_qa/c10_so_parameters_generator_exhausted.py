# Q: "optimizer got an empty parameter list" - I stored model.parameters() in a variable and used it twice.
import torch
from torch import nn

model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
params = model.parameters()
print(type(params).__name__)
print(sum(p.numel() for p in params))
try:
    torch.optim.SGD(params, lr=0.1)
except ValueError as e:
    print("ValueError:", e)
params = list(model.parameters())
opt = torch.optim.SGD(params, lr=0.1)
print(len(params), len(opt.param_groups[0]["params"]))
try:
    torch.optim.Adam(model, lr=0.1)
except TypeError as e:
    print("TypeError:", e)
try:
    torch.optim.SGD([torch.ones(2)], lr=0.1).step()
    print("non-leaf ok")
except ValueError as e:
    print("ValueError:", e)
try:
    torch.optim.SGD([(torch.ones(2) * 2).requires_grad_()], lr=0.1)
except ValueError as e:
    print("ValueError:", e)
try:
    torch.optim.SGD(model.parameters())
except TypeError as e:
    print("TypeError:", e)
print(torch.optim.SGD(model.parameters(), lr=0.01))
