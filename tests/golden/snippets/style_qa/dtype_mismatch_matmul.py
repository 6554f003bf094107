# float32 @ float64 fails; so does a Linear layer fed with double input.
import torch
import torch.nn as nn

a = torch.ones(2, 2)
b = torch.ones(2, 2, dtype=torch.float64)
try:
    a @ b
except RuntimeError as e:
    print(e)
layer = nn.Linear(3, 1)
x = torch.ones(4, 3, dtype=torch.float64)
try:
    layer(x)
except RuntimeError as e:
    print(e)
print(layer(x.float()).dtype)
