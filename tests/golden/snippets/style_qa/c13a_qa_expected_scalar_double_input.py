# Q: "mat1 and mat2 must have the same dtype" / "expected scalar type" after loading data from numpy (float64).
import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(43)
data = np.random.default_rng(0).normal(size=(4, 3))
x = torch.from_numpy(data)
print(x.dtype)
model = nn.Linear(3, 1)
try:
    model(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(model(x.float()).dtype)
model64 = nn.Linear(3, 1).double()
print(model64(x).dtype, model64.weight.dtype)
rnn = nn.GRU(3, 2, batch_first=True)
try:
    rnn(x.unsqueeze(0))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
conv = nn.Conv1d(1, 1, 2)
try:
    conv(x.unsqueeze(1))
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.tensor(data, dtype=torch.float32).dtype, torch.get_default_dtype())
