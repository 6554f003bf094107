# Q: resizing or appending to a tensor: "Trying to resize storage that is not resizable" for numpy-backed tensors,
# and why there is no .append.
import numpy as np
import torch

t = torch.from_numpy(np.zeros(3, dtype=np.float32))
try:
    t.resize_(6)
except RuntimeError as e:
    print(e)
u = torch.zeros(3)
u.resize_(2, 2)
print(u.shape)
try:
    u.append(1.0)
except AttributeError as e:
    print("AttributeError:", e)
acc = torch.empty(0)
for v in range(3):
    acc = torch.cat([acc, torch.tensor([float(v)])])
print(acc)
vals = []
for v in range(3):
    vals.append(torch.tensor(float(v)))
print(torch.stack(vals))
print(torch.zeros(2, 3).new_zeros(4).shape, torch.zeros(2).new_tensor([1, 2]).dtype)
