# Tensors tutorial: Bridge with NumPy, changes in one reflected in the other, and dtypes on both sides.
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
print(t.dtype, n.dtype)
m = np.arange(6, dtype=np.int32).reshape(2, 3)
mt = torch.as_tensor(m)
mt[0, 0] = 100
print(m, mt)
c = torch.tensor(m)
c[1, 1] = -1
print(m[1, 1], c[1, 1])
print(torch.from_numpy(np.array([1.5, 2.5], dtype=np.float32)).dtype)
print(torch.tensor([1, 2, 3]).numpy().dtype, torch.tensor([True]).numpy())
print(t.numpy().tolist(), t.tolist())
