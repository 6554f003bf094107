# Q: nn.Linear on integer features
import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
features = torch.tensor([[1, 0, 2]])
try:
    layer(features)
except RuntimeError as e:
    print(e)
print(layer(features.float()).shape)
try:
    torch.tensor([[1, 2]]) @ torch.ones(2, 1)
except RuntimeError as e:
    print(e)
