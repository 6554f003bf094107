import numpy as np
import torch
from torch import nn

arr = np.array([[0.5, 1.0], [2.0, -1.0]])
x = torch.from_numpy(arr)
print(x.dtype)
lin = nn.Linear(2, 1)
try:
    lin(x)
except Exception as e:
    print(type(e).__name__, e)
print(lin(x.float()).dtype)
lin.double()
print(lin(x).dtype, lin.weight.dtype)
print(torch.tensor(arr).dtype, torch.tensor(arr, dtype=torch.float32).dtype)
