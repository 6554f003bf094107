# CPU autocast: Linear runs in bfloat16, the loss reduction stays float32
import torch
import torch.nn as nn

torch.manual_seed(38)
lin = nn.Linear(4, 3)
x = torch.randn(2, 4)
with torch.autocast("cpu", dtype=torch.bfloat16):
    y = lin(x)
    s = y.float().sum()
    r = torch.relu(y)
print(y.dtype, s.dtype, r.dtype, lin.weight.dtype)
print(torch.is_autocast_enabled("cpu"))
print(y.shape)
