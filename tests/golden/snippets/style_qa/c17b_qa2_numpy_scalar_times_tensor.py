# Q: what dtype do I get from a NumPy scalar times a tensor?
import numpy as np
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
a = np.float64(2.0) * w
b = w * np.float64(2.0)
print(type(a).__name__, a.dtype, a.requires_grad, b.dtype)
c = torch.tensor([1, 2]) * np.float32(0.5)
print(c, c.dtype)
d = torch.tensor([1, 2]) + np.int64(3)
print(d.dtype)
print((w * np.array(2.0)).dtype)
