import numpy as np
import torch

a = np.arange(6).reshape(2, 3)
t = torch.from_numpy(a)
print(t)
print(t.dtype, t.shape)
a[1, 2] = -1
print(t)
t[0, 0] = 42
print(a)
print(torch.from_numpy(np.array([0.5, 1.5], dtype=np.float32)))
print(torch.from_numpy(np.array([True, False])))
