# float64 PINNs: default dtype, mixing float32 data and the errors it causes
import torch
import torch.nn as nn

torch.set_default_dtype(torch.float64)
net = nn.Linear(2, 1)
print(net.weight.dtype, torch.tensor([1.0]).dtype, torch.zeros(1).dtype)
x32 = torch.ones(3, 2, dtype=torch.float32)
try:
    net(x32)
except RuntimeError as e:
    print("RuntimeError:", e)
print(net(x32.double()).dtype)
print(torch.get_default_dtype())
print(torch.arange(3).dtype, torch.linspace(0, 1, 3).dtype)
