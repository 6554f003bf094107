# Q: .numpy() on a transposed tensor, and numpy(force=True) on a tensor that requires grad.
import numpy as np
import torch

m = torch.arange(6.0).reshape(2, 3)
a = m.t().numpy()
print(a.flags['C_CONTIGUOUS'], a.strides, a.shape)
a[0, 1] = -1
print(m)
w = torch.ones(2, requires_grad=True)
print(w.numpy(force=True), w.detach().numpy())
try:
    w.numpy()
except RuntimeError as e:
    print(e)
b = np.asarray(m)
print(b.dtype, np.shares_memory(b, m.numpy()))
