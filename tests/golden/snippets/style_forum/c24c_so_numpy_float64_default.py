# Q: my tensor from numpy is float64 (double) and the model complains
import numpy as np
import torch

arr = np.linspace(0, 1, 5)
t = torch.from_numpy(arr)
print(t.dtype, torch.tensor(arr).dtype, torch.as_tensor(arr, dtype=torch.float32).dtype)
f = torch.tensor([0.5], dtype=torch.float32)
print((t + f).dtype, (t * 2).dtype)
print(torch.tensor(np.float32(1.5)).dtype, torch.tensor(np.int32(2)).dtype)
print(torch.from_numpy(np.arange(3)).dtype)
