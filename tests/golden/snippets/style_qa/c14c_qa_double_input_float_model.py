# Q&A: data loaded with numpy is float64, the model is float32: "mat1 and mat2 must have the same
# dtype"; the fixes are .float() on the data or .double() on the model.
import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(56)
np.random.seed(56)
data = np.random.rand(5, 3)
x = torch.from_numpy(data)
model = nn.Linear(3, 1)
print(x.dtype, model.weight.dtype)
try:
    model(x)
except RuntimeError as e:
    print(e)
print(model(x.float()).squeeze())
model_d = model.double()
print(model_d(x).squeeze(), model_d.weight.dtype)
t = torch.tensor(data[:, 0], dtype=torch.float32)
print(t, torch.tensor(data[0]) + torch.ones(3))
