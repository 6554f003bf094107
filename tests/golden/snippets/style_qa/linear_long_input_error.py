# Q: "mat1 and mat2 must have the same dtype" when feeding integer data to nn.Linear.
import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(3, 1)
x = torch.tensor([[1, 2, 3]])
try:
    layer(x)
except RuntimeError as e:
    print(e)
xd = torch.from_numpy(np.array([[1.0, 2.0, 3.0]]))
try:
    layer(xd)
except RuntimeError as e:
    print(e)
print(layer(x.float()).shape, xd.dtype, xd.float().dtype)
