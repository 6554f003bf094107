# Numerics chapter: mixed precision on the CPU with bfloat16 autocast.
import torch

torch.manual_seed(0)
lin = torch.nn.Linear(4, 3)
x = torch.randn(2, 4)
with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    out = lin(x)
    s = torch.softmax(out, dim=1)
    print(out.dtype, s.dtype)
print(out)
print(lin(x))
print((out.float() - lin(x)).abs().max() < 0.05)
print(torch.is_autocast_enabled("cpu"), torch.get_autocast_dtype("cpu"))
a = torch.tensor([1.0, 2.0, 3.0], dtype=torch.bfloat16)
print(a / 3, (a / 3).float())
print(torch.tensor([0.1, 0.2], dtype=torch.bfloat16).sum())
