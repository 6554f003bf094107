# Converting a whole model's dtype: .double(), .half(), .to(dtype), and mixing input dtypes.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
x = torch.randn(4, 2)
print({p.dtype for p in model.parameters()})
out32 = model(x)
model.double()
print({p.dtype for p in model.parameters()}, model[0].weight.dtype)
try:
    model(x)
except RuntimeError as e:
    print("RuntimeError:", e)
out64 = model(x.double())
print(out64.dtype, torch.allclose(out32.double(), out64, atol=1e-6))
model.to(torch.float16)
print(model[2].bias.dtype)
print(model(x.half()))
model.float()
print(model[0].weight)
model.to(dtype=torch.bfloat16)
print(model(x.to(torch.bfloat16)))
model.float()
print(model(x).dtype)
t = torch.ones(2, dtype=torch.int64)
print(t.to(torch.float32, copy=True), t.type(torch.float64), t.type())
