# NumPy bridge: float64 arrays from numpy keep their dtype through autograd; shared memory and as_tensor copies.
import numpy as np
import torch

rng = np.random.default_rng(3)
a = rng.standard_normal((3, 2))
t = torch.from_numpy(a)
print(t.dtype, t)
w = torch.tensor([0.5, -1.0], requires_grad=True)
try:
    print(t @ w)
except RuntimeError as e:
    print(e)
w64 = torch.tensor([0.5, -1.0], dtype=torch.float64, requires_grad=True)
y = torch.tanh(t @ w64).sum()
y.backward()
print(y, w64.grad, w64.grad.dtype)
a[0, 0] = 100.0
print(t[0, 0].item())
c = torch.as_tensor(a, dtype=torch.float32)
a[0, 0] = -1.0
print(c[0, 0].item(), torch.tensor(a).sum().item())
print(t.numpy() is a, np.shares_memory(t.numpy(), a))
print(torch.from_numpy(np.arange(4)).dtype, torch.from_numpy(np.float32(2.5) * np.ones(2)))
