# NumPy interop: dtypes that come back, which conversions share memory, and what torch.tensor copies.
import numpy as np
import torch

a = np.arange(6).reshape(2, 3)
t = torch.from_numpy(a)
print(t, t.dtype)
a[0, 0] = 100
print(t[0, 0])
f = np.linspace(0, 1, 4)
print(torch.from_numpy(f).dtype, torch.tensor(f).dtype, torch.as_tensor(f, dtype=torch.float32).dtype)
copy = torch.tensor(f)
f[0] = -1.0
print(copy[0], torch.as_tensor(f)[0])
u = torch.ones(3)
n = u.numpy()
u.add_(1)
print(n, n.dtype)
g = torch.ones(2, requires_grad=True)
try:
    g.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)
print(g.detach().numpy())
print(torch.tensor(np.float32(2.5)), torch.tensor(np.int32(3)).dtype)
print(np.asarray(torch.arange(3)), torch.arange(3).tolist(), type(torch.tensor(1.5).item()).__name__)
b = np.array([True, False])
print(torch.from_numpy(b))
print(torch.from_numpy(np.arange(4, dtype=np.uint8)) + 250)
