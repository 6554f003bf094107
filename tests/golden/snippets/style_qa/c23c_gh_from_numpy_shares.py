# Issue: "tensor changed when I edited the numpy array" — from_numpy shares memory, torch.tensor copies.
import numpy as np
import torch

arr = np.array([1.0, 2.0, 3.0])
shared = torch.from_numpy(arr)
copied = torch.tensor(arr)
arr[0] = 100.0
print(shared, copied)
print(shared.dtype, torch.from_numpy(np.array([1, 2])).dtype)
try:
    torch.from_numpy(np.array([1, 2])).requires_grad_()
except RuntimeError as e:
    print("RuntimeError:", e)
print(shared.requires_grad_().requires_grad)
