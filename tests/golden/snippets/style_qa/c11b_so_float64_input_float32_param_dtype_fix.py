# Q: numpy-made float64 data into a float32 model -- the error, and .float() vs model.double().
import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
X = torch.from_numpy(np.linspace(0, 1, 6).reshape(3, 2))
print(X.dtype)
model = nn.Linear(2, 1)
try:
    model(X)
except RuntimeError as e:
    print("RuntimeError:", e)
out = model(X.float())
print(out.dtype, out.shape)
model64 = nn.Linear(2, 1).double()
print(model64(X).dtype, model64.weight.dtype)
w = torch.ones(2, requires_grad=True)
print((X @ w.double()).dtype)
try:
    X @ w
except RuntimeError as e:
    print("RuntimeError:", e)
print((X * w).dtype, (X.sum() * w).dtype, (torch.tensor(2.0, dtype=torch.float64) * w).dtype)
print(torch.tensor(np.float64(1.5)).dtype, torch.as_tensor([1.5]).dtype, torch.tensor(np.array([1.5])).dtype)
