import numpy as np
import torch

# Exam B3-9. dtypes across the numpy boundary.
arr = np.array([1.0, 2.0])
t = torch.from_numpy(arr)
print(t.dtype, (t + torch.ones(2)).dtype)
print((torch.ones(2) * np.float64(2.0)).dtype)
print(torch.tensor(np.array([1, 2], dtype=np.int32)).dtype)
arr[0] = 10
print(t)
print(torch.ones(2, dtype=torch.float16).numpy().dtype)
