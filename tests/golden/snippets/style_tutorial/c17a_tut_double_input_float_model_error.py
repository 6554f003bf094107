# A float64 batch into a float32 model, the error and the two usual fixes
import numpy as np
import torch
from torch import nn

model = nn.Linear(3, 2)
batch = torch.from_numpy(np.array([[0.5, 1.0, -1.0], [2.0, 0.0, 1.0]]))
print(batch.dtype, model.weight.dtype)
try:
    model(batch)
except RuntimeError as e:
    print("RuntimeError:", e)
print(model(batch.float()).dtype)
model.double()
print(model(batch).dtype, model.bias.dtype)
