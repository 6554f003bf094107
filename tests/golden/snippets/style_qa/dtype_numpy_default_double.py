# Tensors from NumPy arrays are float64 and clash with float32 weights.
import numpy as np
import torch

arr = np.array([[1.0, 2.0], [3.0, 4.0]])
x = torch.from_numpy(arr)
print(x.dtype, torch.tensor(arr).dtype, torch.as_tensor(arr, dtype=torch.float32).dtype)
w = torch.ones(2, 1, requires_grad=True)
try:
    x @ w
except RuntimeError as e:
    print(e)
print(x.float() @ w)
print(torch.tensor([1, 2]).dtype, torch.tensor([1., 2]).dtype)
