# model.to(torch.bfloat16) converts floating parameters and buffers, not integer buffers
import torch
import torch.nn as nn

m = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
m.to(torch.bfloat16)
for name, t in list(m.named_parameters()) + list(m.named_buffers()):
    print(name, t.dtype)
print(m[0].weight.element_size())
