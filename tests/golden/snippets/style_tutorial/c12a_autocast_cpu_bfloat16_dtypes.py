# Automatic mixed precision on CPU: which ops run in bfloat16 under autocast, and the dtypes that come out.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 4))
x = torch.randn(3, 8)
with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    y = model(x)
    s = y.float().softmax(dim=-1)
    m = x @ x.T
print(y.dtype, s.dtype, m.dtype)
print(model[0].weight.dtype)
print(torch.is_autocast_enabled("cpu"))
with torch.autocast("cpu", dtype=torch.bfloat16, enabled=False):
    z = model(x)
print(z.dtype)
print(torch.get_autocast_dtype("cpu"))
loss = y.float().pow(2).mean()
loss.backward()
print(model[0].weight.grad.dtype, model[0].weight.grad.shape)
print(y.shape, y.requires_grad)
b = torch.tensor([1.0, 1.00390625, 3.14159], dtype=torch.bfloat16)
print(b, b.float())
