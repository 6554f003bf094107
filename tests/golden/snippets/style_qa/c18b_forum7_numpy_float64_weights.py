# Q: numpy weights make my model double precision silently
import numpy as np
import torch
import torch.nn as nn

layer = nn.Linear(2, 1)
with torch.no_grad():
    layer.weight.copy_(torch.from_numpy(np.array([[0.5, -0.25]])))
print(layer.weight.dtype, layer.weight)
layer.weight = nn.Parameter(torch.from_numpy(np.array([[0.5, -0.25]])))
print(layer.weight.dtype)
try:
    layer(torch.ones(1, 2))
except RuntimeError as err:
    print(err)
