# Q: after model.double() I get "mat1 and mat2 must have the same dtype" - and what about half?
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1)).double()
x = torch.randn(2, 3)
print(next(model.parameters()).dtype, x.dtype)
try:
    model(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(model(x.double()))
model.float()
print(model(x).dtype)
try:
    model(x.half())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.functional.linear(x, torch.ones(1, 3, dtype=torch.float64))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.functional.linear(x, torch.ones(1, 3), torch.zeros(1, dtype=torch.float64))
except RuntimeError as e:
    print("RuntimeError:", e)
conv = nn.Conv1d(1, 1, 2)
try:
    conv(torch.ones(1, 1, 4, dtype=torch.float64))
except RuntimeError as e:
    print("RuntimeError:", e)
print(model.to(torch.float64)(x.to(torch.float64)).dtype)
