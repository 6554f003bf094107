# numpy arrays are float64: feeding them straight into an nn.Linear fails
import numpy as np
import torch
from torch import nn

np.random.seed(0)
features = np.random.rand(3, 2)
inputs = torch.from_numpy(features)
print(inputs.dtype, inputs.shape)
layer = nn.Linear(2, 1)
print(layer.weight.dtype)
print(layer(inputs.float()).shape)
out = layer(inputs)
