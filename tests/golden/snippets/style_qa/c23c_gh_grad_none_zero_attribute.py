# Issue: "clip_grad_norm_ returns 0 and my grads are None" — clipping before backward, then after.
import torch
import torch.nn as nn

layer = nn.Linear(2, 1, bias=False)
with torch.no_grad():
    layer.weight.copy_(torch.tensor([[3.0, 4.0]]))
print(nn.utils.clip_grad_norm_(layer.parameters(), 1.0))
layer(torch.tensor([[3.0, 4.0]])).sum().backward()
total = nn.utils.clip_grad_norm_(layer.parameters(), max_norm=1.0)
print(total, layer.weight.grad)
print(nn.utils.clip_grad_value_(layer.parameters(), 0.5), layer.weight.grad)
