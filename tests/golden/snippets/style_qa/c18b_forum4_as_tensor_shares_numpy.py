# Q: changing my numpy array changed the tensor (but only sometimes)
import numpy as np
import torch

arr = np.array([1.0, 2.0, 3.0])
t_shared = torch.as_tensor(arr)
t_from = torch.from_numpy(arr)
t_copy = torch.tensor(arr)
t_f32 = torch.as_tensor(arr, dtype=torch.float32)
arr[0] = 99.0
print(t_shared, t_from, sep="\n")
print(t_copy, t_f32, sep="\n")
