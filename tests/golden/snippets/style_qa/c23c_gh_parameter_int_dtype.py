# Issue: "nn.Parameter with integer data".
import torch
import torch.nn as nn

try:
    nn.Parameter(torch.tensor([1, 2]))
except RuntimeError as e:
    print("RuntimeError:", e)
p = nn.Parameter(torch.tensor([1, 2]), requires_grad=False)
print(p, p.dtype)
q = nn.Parameter(torch.zeros(2), requires_grad=False)
print(q)
print(nn.Parameter())
