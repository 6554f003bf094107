import numpy as np
import torch

w = torch.tensor([0.5, 0.25])
arr = np.array([2.0, 4.0])
print((w * torch.from_numpy(arr)).dtype)
print((w * arr[0]).dtype, type(arr[0]).__name__)
try:
    print(w @ torch.from_numpy(arr))
except Exception as e:
    print(type(e).__name__, e)
print(w.double() @ torch.from_numpy(arr))
