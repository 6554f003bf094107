# Q: passing a numpy array to a model: "linear(): argument 'input' must be Tensor, not numpy.ndarray".
import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
data = np.array([[1.0, 2.0], [3.0, 4.0]])
try:
    model(data)
except TypeError as e:
    print(type(e).__name__, e)
x = torch.from_numpy(data)
print(x.dtype)
try:
    model(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(model(x.float()))
print(model(torch.tensor(data, dtype=torch.float32)).shape)
try:
    model([1.0, 2.0])
except TypeError as e:
    print(e)
