import torch

torch.manual_seed(53)
lin = torch.nn.Linear(4, 2)
x = torch.randn(3, 4)
with torch.autocast("cpu", dtype=torch.bfloat16):
    y = lin(x)
    z = y.float().sum()
print(y.dtype, z.dtype, torch.is_autocast_enabled("cpu"))
z.backward()
print(lin.weight.grad.dtype, lin.weight.grad.shape)
