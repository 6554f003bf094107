# Bridge with NumPy: changes in one show in the other; dtype round trips and a non-writable warning.
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
print(t.dtype, torch.tensor(n).dtype, torch.as_tensor(n).dtype)
a = np.arange(6, dtype=np.int32).reshape(2, 3)
b = torch.as_tensor(a)
b[0, 0] = 100
print(a)
c = torch.tensor(a)
c[0, 1] = -1
print(a, c)
f = torch.from_numpy(np.array([0.1, 0.2], dtype=np.float32))
print(f, f.dtype, f.numpy().dtype)
print(torch.from_numpy(np.array([True, False])))
print(torch.from_numpy(np.zeros((2, 0))).shape)
print(np.asarray(torch.arange(3)) * 2)
