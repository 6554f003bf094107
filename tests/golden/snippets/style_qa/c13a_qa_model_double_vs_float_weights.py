# Q: after torch.set_default_dtype(torch.float64) my old float32 data fails in the model. Mixing default dtypes.
import torch
import torch.nn as nn

x32 = torch.randn(2, 3)
torch.set_default_dtype(torch.float64)
model = nn.Linear(3, 1)
print(model.weight.dtype, torch.tensor([1.5]).dtype, torch.zeros(1).dtype, torch.tensor([1]).dtype)
try:
    model(x32)
except RuntimeError as e:
    print(e)
print(model(x32.double()).dtype)
model.float()
print(model(x32).dtype, model.weight.dtype)
print((x32 + torch.tensor(1.0)).dtype, (x32 * torch.ones(3)).dtype)
torch.set_default_dtype(torch.float32)
print(torch.tensor([1.5]).dtype, torch.arange(0, 1, 0.5).dtype)
h = model.half()
print(h.weight.dtype)
