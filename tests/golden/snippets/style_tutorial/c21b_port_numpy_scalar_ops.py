# numpy scalars meet tensors: result dtype and type of the output
import numpy as np
import torch

t = torch.tensor([1.0, 2.0])
r1 = t * np.float64(2.0)
print(r1, r1.dtype, type(r1).__name__)
r2 = t + np.int64(1)
print(r2.dtype)
s = torch.tensor(3.5).item()
print(type(s).__name__, np.float32(s) * 2)
print(torch.tensor(np.array(2.0)).dtype, torch.tensor(np.array(2.0)).shape)
print(float(torch.tensor([4.0])), int(torch.tensor(7)))
