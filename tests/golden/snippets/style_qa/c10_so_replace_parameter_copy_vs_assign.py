# Q: how do I set a layer's weights to my own values? copy_ under no_grad, new Parameter, or .data?
import torch
from torch import nn

lin = nn.Linear(2, 2)
new_w = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
try:
    lin.weight.copy_(new_w)
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    lin.weight.copy_(new_w)
    lin.bias.fill_(0.5)
print(lin.weight, lin.bias)
try:
    lin.weight = new_w
except TypeError as e:
    print("TypeError:", e)
lin.weight = nn.Parameter(new_w * 2)
print(lin.weight.requires_grad, lin(torch.ones(1, 2)))
opt = torch.optim.SGD(lin.parameters(), lr=0.1)
lin.weight = nn.Parameter(torch.zeros(2, 2))
lin(torch.ones(1, 2)).sum().backward()
opt.step()
print(lin.weight, opt.param_groups[0]["params"][0])
try:
    with torch.no_grad():
        lin.weight.copy_(torch.ones(3, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
lin.weight.data = torch.ones(2, 2)
print(lin.weight)
