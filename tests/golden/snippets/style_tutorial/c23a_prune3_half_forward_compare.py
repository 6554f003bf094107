# Running a converted half model and comparing with float32 at a loose tolerance
import copy
import torch
import torch.nn as nn

torch.manual_seed(58)
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
half = copy.deepcopy(model).half()
x = torch.randn(3, 4)
y32 = model(x)
y16 = half(x.half())
print(y16.dtype, y32.dtype)
print(torch.allclose(y16.float(), y32, atol=1e-2), (y16.float() - y32).abs().max() < 1e-2)
print(next(model.parameters()).dtype, next(half.parameters()).dtype)
