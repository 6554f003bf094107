# Q: why did changing my numpy array change my tensor? from_numpy/numpy() share memory, torch.tensor copies.
import numpy as np
import torch

a = np.array([1.0, 2.0, 3.0])
t_shared = torch.from_numpy(a)
t_as = torch.as_tensor(a)
t_copy = torch.tensor(a)
a[0] = 100
print(t_shared, t_as, t_copy)
t_shared.mul_(2)
print(a)
b = torch.ones(3)
n = b.numpy()
b.add_(1)
print(n, n.dtype)
n[1] = -5
print(b)
c = b + 0
n2 = c.numpy()
print(np.shares_memory(n, n2))
f32 = torch.from_numpy(np.zeros(2, dtype=np.float32))
print(f32.dtype, torch.from_numpy(np.arange(3)).dtype)
d = torch.tensor(a, dtype=torch.float32)
print(d.dtype, torch.as_tensor(a, dtype=torch.float32).dtype)
a[:] = 0
print(t_as, d)
