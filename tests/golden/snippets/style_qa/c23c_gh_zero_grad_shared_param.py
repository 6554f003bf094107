# Issue: "zero_grad on a submodule clears a shared parameter elsewhere".
import torch
import torch.nn as nn

shared = nn.Linear(1, 1, bias=False)
a = nn.Sequential(shared)
b = nn.Sequential(shared, nn.Identity())
with torch.no_grad():
    shared.weight.fill_(2.0)
(a(torch.ones(1, 1)) + b(torch.ones(1, 1))).sum().backward()
print(shared.weight.grad)
a.zero_grad()
print(b[0].weight.grad)
