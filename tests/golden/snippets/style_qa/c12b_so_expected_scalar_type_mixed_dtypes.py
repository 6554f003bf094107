# Q: "expected scalar type Float but found Double" / "mat1 and mat2 must have the same dtype" across ops.
import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)
lin = nn.Linear(3, 2)
x64 = torch.from_numpy(np.ones((4, 3)))
print(x64.dtype)
try:
    lin(x64)
except RuntimeError as e:
    print('linear:', e)
try:
    torch.mm(torch.ones(2, 2), torch.ones(2, 2, dtype=torch.float64))
except RuntimeError as e:
    print('mm:', e)
try:
    torch.ones(2, 2) @ torch.ones(2, 2, dtype=torch.int64)
except RuntimeError as e:
    print('matmul int:', e)
try:
    nn.MSELoss()(lin(x64.float()), torch.zeros(4, 2, dtype=torch.float64)).backward()
    print('mse mixed ok', lin.weight.grad.dtype)
except RuntimeError as e:
    print('mse:', e)
conv = nn.Conv1d(1, 1, 2)
try:
    conv(torch.ones(1, 1, 4, dtype=torch.float64))
except RuntimeError as e:
    print('conv:', e)
try:
    torch.ones(3).add_(torch.ones(3, dtype=torch.float64)).dtype
    torch.ones(3, dtype=torch.int64).add_(torch.ones(3))
except RuntimeError as e:
    print('add_:', e)
print(lin(x64.to(lin.weight.dtype)).dtype, lin.double()(x64).dtype)
