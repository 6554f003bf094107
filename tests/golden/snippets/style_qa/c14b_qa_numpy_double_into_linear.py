# Q: "mat1 and mat2 must have the same dtype" feeding a NumPy array to nn.Linear; float64 vs float32.
import numpy as np
import torch
from torch import nn

torch.manual_seed(44)
data = np.array([[0.5, 1.5, -2.0], [1.0, 0.0, 3.5]])
inputs = torch.from_numpy(data)
layer = nn.Linear(3, 2)
print(inputs.dtype, layer.weight.dtype)
try:
    layer(inputs)
except RuntimeError as e:
    print(e)
print(layer(inputs.float()))
print(layer.double()(inputs).dtype)
target = torch.from_numpy(np.array([1.0, 0.0]))
pred = torch.tensor([0.25, 0.75])
print(nn.functional.mse_loss(pred, target).dtype)
w = torch.zeros(3, 1)
try:
    print(inputs @ w)
except RuntimeError as e:
    print(e)
