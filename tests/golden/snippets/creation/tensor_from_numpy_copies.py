import numpy as np
import torch

a = np.array([1.0, 2.0], dtype=np.float32)
copied = torch.tensor(a)
shared = torch.from_numpy(a)
a[0] = -5.0
print(copied)
print(shared)
print(torch.tensor(np.float64(2.5)))
print(torch.tensor(np.array(3)))
