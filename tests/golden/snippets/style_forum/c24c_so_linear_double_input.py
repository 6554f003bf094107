# Q: mat1 and mat2 must have the same dtype (numpy float64 input)
import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)
fc = nn.Linear(3, 2)
batch = torch.from_numpy(np.array([[1.0, 2.0, 3.0]]))
print(batch.dtype)
try:
    fc(batch)
except RuntimeError as e:
    print("RuntimeError:", e)
print(fc(batch.float()).shape)
print(fc.double()(batch).dtype)
