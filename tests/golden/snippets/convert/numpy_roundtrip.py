import numpy as np
import torch

a = np.array([[1.5, 2.5]], dtype=np.float32)
t = torch.from_numpy(a)
back = t.numpy()
print(back is a, np.shares_memory(back, a))
print(torch.from_numpy(np.zeros(3, dtype=np.int32)))
print(torch.tensor(np.arange(3)) * 2)
print((t * 2).numpy())
