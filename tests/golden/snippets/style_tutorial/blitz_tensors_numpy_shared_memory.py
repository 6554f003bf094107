# 60-minute blitz: numpy arrays and tensors share memory both ways; .numpy() of a tensor, from_numpy.
import numpy as np
import torch

t = torch.ones(5)
print(f"t: {t}")
n = t.numpy()
print(f"n: {n}")
t.add_(1)
print(f"t: {t}")
print(f"n: {n}")
n = np.ones(5)
t = torch.from_numpy(n)
np.add(n, 1, out=n)
print(f"t: {t}")
print(f"n: {n}")
print(torch.as_tensor(n).data_ptr() == t.data_ptr(), torch.tensor(n).data_ptr() == t.data_ptr())
print(t.dtype, torch.from_numpy(np.arange(3, dtype=np.int32)).dtype)
