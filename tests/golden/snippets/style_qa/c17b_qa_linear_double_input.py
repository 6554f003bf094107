# Q: "mat1 and mat2 must have the same dtype" feeding float64 data to nn.Linear
import numpy as np
import torch
from torch import nn

layer = nn.Linear(2, 1)
data = torch.from_numpy(np.array([[1.0, 2.0]]))
print(data.dtype, layer.weight.dtype)
try:
    layer(data)
except RuntimeError as e:
    print(e)
print(layer(data.float()).shape)
print(layer.double()(data).dtype)
