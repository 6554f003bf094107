# Q: "expected scalar type Float but found Double" from numpy data
import numpy as np
import torch

features = torch.from_numpy(np.array([[0.5, 1.5], [2.0, -1.0]]))
print(features.dtype)
layer = torch.nn.Linear(2, 1)
try:
    layer(features)
except RuntimeError as err:
    print(err)
# fix: cast the data, not the model
print(layer(features.float()).shape)
print(torch.tensor(np.float64(2.5)).dtype, torch.tensor(2.5).dtype)
