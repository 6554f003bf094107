# model converted to double but inputs stay float
import torch
import torch.nn as nn

torch.manual_seed(39)
model = nn.Sequential(nn.Linear(2, 2), nn.Tanh()).double()
print(next(model.parameters()).dtype)
x = torch.randn(1, 2)
try:
    model(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(model(x.double()).dtype)
print(model.float()(x).dtype)
