# Issue: "Parameter created under no_grad still requires grad?"
import torch
import torch.nn as nn

with torch.no_grad():
    p = nn.Parameter(torch.zeros(2))
    t = torch.zeros(2, requires_grad=True)
    u = t * 2
print(p.requires_grad, t.requires_grad, u.requires_grad)
with torch.inference_mode():
    q = nn.Parameter(torch.zeros(2))
print(q.requires_grad, q.is_inference())
