import numpy as np
import torch

arr = np.array([1.0, 2.0, 3.0])
t = torch.as_tensor(arr)
print(t)
arr[0] = 100.0
print(t)
print(torch.as_tensor([1, 2, 3]))
print(torch.as_tensor([1, 2, 3], dtype=torch.float32))
u = torch.tensor([4.0, 5.0])
print(torch.as_tensor(u) is u)
