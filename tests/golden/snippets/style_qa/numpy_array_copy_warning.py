# Q: converting a tensor with np.array(t) warns under NumPy 2; t.numpy() and np.asarray do not.
import numpy as np
import torch

t = torch.tensor([1.5, 2.5])
a = np.array(t)
b = np.asarray(t)
c = t.numpy()
print(a, b, c, a.dtype)
print(np.mean(t.numpy()), np.array(t, dtype=np.float64).dtype)
