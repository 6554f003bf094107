# Q: feeding integer features straight into nn.Linear.
import torch
from torch import nn

torch.manual_seed(27)
layer = nn.Linear(3, 2)
features = torch.tensor([[1, 0, 2], [0, 1, 1]])
print(features.dtype, layer.weight.dtype)
print(layer(features.float()).shape)
layer(features)
