# Q: "expected m1 and m2 to have the same dtype" / "found dtype Double but expected Float" - where do they come from?
import numpy as np
import torch
from torch import nn

model = nn.Linear(3, 2)
x_np = np.random.default_rng(0).random((4, 3))
x = torch.from_numpy(x_np)
print(x.dtype, model.weight.dtype)
try:
    model(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(model(x.float()).dtype)
out = model(x.float())
target = torch.from_numpy(np.ones((4, 2)))
try:
    nn.functional.mse_loss(out, target).backward()
except RuntimeError as e:
    print("RuntimeError:", e)
loss = nn.functional.mse_loss(out, target)
print(loss.dtype)
try:
    torch.mm(torch.ones(2, 2), torch.ones(2, 2, dtype=torch.float64))
except RuntimeError as e:
    print("RuntimeError:", e)
model.double()
print(model(x).dtype, model.weight.dtype)
