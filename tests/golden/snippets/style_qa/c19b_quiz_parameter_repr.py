# Quiz 44: which of these prints "Parameter containing:"?
import torch
from torch import nn

scale = nn.Parameter(torch.full((2,), 0.5))
print(scale)
print(scale + 0)
print(scale[0])
print(scale.data)
print(repr(scale.clone()))
print(isinstance(scale.detach(), nn.Parameter), type(scale.detach()).__name__)
