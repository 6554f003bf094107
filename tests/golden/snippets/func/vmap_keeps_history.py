import torch
import torch.nn as nn
from torch.func import vmap

torch.manual_seed(0)
model = nn.Linear(3, 1)
X = torch.randn(4, 3)
out = vmap(model)(X)
print(out)
out.sum().backward()
print(model.weight.grad, model.bias.grad)
