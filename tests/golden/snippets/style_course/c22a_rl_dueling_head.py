import torch
import torch.nn as nn

torch.manual_seed(29)
feat = torch.randn(2, 5)
value = nn.Linear(5, 1)
adv = nn.Linear(5, 3)
v = value(feat)
a = adv(feat)
q = v + a - a.mean(dim=1, keepdim=True)
print(v.shape, a.shape, q.shape)
print(q)
print((q.mean(1, keepdim=True) - v).abs().max().item() < 1e-6)
q.sum().backward()
print(adv.bias.grad)
print(value.bias.grad)
