# Q: mat1 and mat2 must have the same dtype (numpy float64 input)
import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
x = torch.from_numpy(np.array([[1.0, 2.0, 3.0]]))
print(x.dtype)
try:
    layer(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(layer(x.float()).shape)
print(layer.double()(x).dtype)
