# Converting a model with .double()/.float()/.to(dtype) and the errors when input and weights disagree.
import torch
import torch.nn as nn

torch.manual_seed(6)
model = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2))
print({n: b.dtype for n, b in model.named_buffers()})
x64 = torch.randn(4, 3, dtype=torch.float64)
try:
    model(x64)
except RuntimeError as e:
    print("RuntimeError:", e)
model.double()
print(model[0].weight.dtype, model[1].running_mean.dtype, model[1].num_batches_tracked.dtype)
out = model(x64)
print(out.dtype)
print(out)
try:
    model(x64.float())
except RuntimeError as e:
    print("RuntimeError:", e)
model.to(torch.float32)
print(model[0].bias.dtype)
xi = torch.randint(0, 3, (4, 3))
try:
    model(xi)
except RuntimeError as e:
    print("RuntimeError:", e)
print(model(xi.float()).shape)
lin = nn.Linear(2, 2, dtype=torch.float64)
print(lin.weight.dtype)
h = nn.Linear(2, 1).half()
print(h.weight.dtype)
print(torch.get_default_dtype())
