# Q: which of from_numpy, as_tensor, tensor share memory with my numpy array?
import numpy as np
import torch

arr = np.arange(4, dtype=np.float64)
t_from = torch.from_numpy(arr)
t_as = torch.as_tensor(arr)
t_copy = torch.tensor(arr)
t_as32 = torch.as_tensor(arr, dtype=torch.float32)
arr[0] = 100.0
print(t_from, t_as, t_copy, t_as32, sep='\n')
np.add(arr, 1, out=arr)
print(t_from[:2])
back = t_copy.numpy()
back[1] = -5
print(t_copy, back.dtype)
print(torch.from_numpy(np.array([1, 2], dtype=np.int32)).dtype)
