# Issue: "expected scalar type Float but found Double" — feeding float64 data to a float32 layer.
import torch
import torch.nn as nn

layer = nn.Linear(3, 2)
x = torch.ones(4, 3, dtype=torch.float64)
try:
    layer(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(layer(x.float()).shape)
try:
    torch.ones(2, 3) @ torch.ones(4, 5)
except RuntimeError as e:
    print("RuntimeError:", e)
