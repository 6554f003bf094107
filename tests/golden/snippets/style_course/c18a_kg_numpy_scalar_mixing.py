# Mixing NumPy scalars and arrays into tensors (dtypes that surprise)
import numpy as np
import torch

arr = np.array([1, 2, 3])
t = torch.from_numpy(arr)
print(t.dtype, torch.tensor(arr / 2).dtype)
print(torch.tensor([np.float64(0.5), np.float64(1.5)]).dtype)
x = torch.tensor([1.0, 2.0])
print(x * np.float64(2.0), (x * np.float64(2.0)).dtype)
print(x + np.array(3.0))
print(torch.as_tensor(np.array([0.1, 0.2], dtype=np.float32)))
print(torch.tensor(np.int64(7)), torch.tensor(np.bool_(True)))
