# porting numpy reductions: axis= / keepdims= vs dim= / keepdim=
import numpy as np
import torch

a = np.arange(12, dtype=np.float32).reshape(3, 4)
t = torch.from_numpy(a)
print(a.sum(axis=1, keepdims=True))
print(t.sum(dim=1, keepdim=True))
print(t.sum(axis=1, keepdims=True))
print(torch.mean(t, axis=0))
print(np.allclose(a.mean(axis=0), t.mean(0).numpy()))
print(t.max(axis=1))
print(a.max(axis=1))
