# Q: "mat1 and mat2 must have the same dtype" when feeding numpy data (float64) to nn.Linear.
import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)
np.random.seed(0)
X_np = np.random.rand(8, 3)
y_np = np.random.randint(0, 2, size=8)
model = nn.Sequential(nn.Linear(3, 5), nn.ReLU(), nn.Linear(5, 2))
X = torch.from_numpy(X_np)
y = torch.from_numpy(y_np)
print(X.dtype, y.dtype)
try:
    model(X)
except RuntimeError as e:
    print("RuntimeError:", e)
out = model(X.float())
print(out.dtype, out.shape)
loss = nn.CrossEntropyLoss()(out, y)
print(loss)
try:
    nn.CrossEntropyLoss()(out, y.float())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.CrossEntropyLoss()(out, y.int())
except RuntimeError as e:
    print("RuntimeError:", e)
model.double()
print(model(X).dtype, next(model.parameters()).dtype)
