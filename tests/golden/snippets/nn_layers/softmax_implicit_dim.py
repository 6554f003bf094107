import torch
from torch import nn

sm = nn.Softmax()
print(sm)
print(sm(torch.tensor([[1.0, 2.0], [3.0, 5.0]])))
print(nn.Softmax(dim=0)(torch.tensor([[1.0, 2.0], [3.0, 5.0]])))
