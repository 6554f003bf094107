# Q: I converted my model with .half()/.double(); now inputs of the other dtype fail. Check param dtypes first.
import torch
from torch import nn

model = nn.Sequential(nn.Linear(3, 2), nn.ReLU())
x = torch.randn(2, 3)
print({p.dtype for p in model.parameters()}, next(model.parameters()).dtype)
model = model.double()
try:
    model(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(model(x.double()).dtype)
model.to(torch.float32)
print(model(x).dtype, model[0].weight.dtype)
bf = nn.Linear(3, 2).to(torch.bfloat16)
print(bf.weight.dtype)
try:
    bf(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(bf(x.to(torch.bfloat16)).dtype)
print(x.type(torch.float64).dtype, x.to(dtype=torch.int64).dtype, x.long().dtype, x.is_floating_point())
