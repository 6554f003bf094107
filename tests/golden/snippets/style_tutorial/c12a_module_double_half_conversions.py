# Module dtype conversions: .double(), .half(), .to(dtype) and what inputs they accept.
import torch
import torch.nn as nn

torch.manual_seed(6)
model = nn.Sequential(nn.Linear(3, 2), nn.Tanh())
x = torch.randn(4, 3)
print(model[0].weight.dtype, model(x).dtype)
model.double()
print(model[0].weight.dtype, model[0].bias.dtype)
try:
    model(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(model(x.double()))
model.to(torch.float32)
print(model(x))
model.half()
print(model[0].weight.dtype, model[0].weight)
out = model(x.half())
print(out.dtype, out)
model.float()
print(model[0].weight)
print(next(model.parameters()).dtype, x.to(torch.float64).dtype, x.type(torch.DoubleTensor).dtype, x.double().type())
