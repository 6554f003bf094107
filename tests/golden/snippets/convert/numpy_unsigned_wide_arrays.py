# numpy uint16/uint32/uint64 arrays: PyTorch 2.13 makes tensors of its own unsigned dtypes (few ops).
import numpy as np
import torch

pixels = np.array([1, 2, 65535], dtype=np.uint16)
t = torch.from_numpy(pixels)
print(t, t.dtype, t.float(), t.sum(), t[1:], t == 2, t.tolist(), t.numpy().dtype)
try:
    t + 1
except NotImplementedError as e:
    print(e)
print(torch.as_tensor(np.array([70000], dtype=np.uint32)), torch.tensor(np.array([3], dtype=np.uint64)))
