# numpy arrays default to float64; mixing with a float32 model breaks
import numpy as np
import torch
import torch.nn as nn

np.random.seed(0)
X = np.random.randn(4, 3)
xt = torch.from_numpy(X)
print(xt.dtype)
layer = nn.Linear(3, 1)
try:
    layer(xt)
except RuntimeError as e:
    print(type(e).__name__, e)
out = layer(xt.float())
print(out.dtype, out.shape)
print(torch.as_tensor(X, dtype=torch.float32).dtype)
print((xt + torch.ones(3)).dtype)
