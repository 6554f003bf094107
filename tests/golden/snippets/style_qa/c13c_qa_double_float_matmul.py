# "expected scalar type Double but found Float" when mixing numpy data and a model
import numpy as np
import torch
import torch.nn as nn

data = np.linspace(0, 1, 6).reshape(3, 2)
x = torch.from_numpy(data)
print(x.dtype)
layer = nn.Linear(2, 1)
try:
    layer(x)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.mm(x, torch.ones(2, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
print((x + torch.ones(2)).dtype)
print(layer(x.float()).shape)
print(layer.double()(x).dtype)
