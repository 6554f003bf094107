# token ids fed straight into nn.Linear
import torch
import torch.nn as nn

torch.manual_seed(35)
ids = torch.tensor([[1, 4, 2]])
layer = nn.Linear(3, 2)
layer(ids)
