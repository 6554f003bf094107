# torch.nn.functional calls with a module's own weights give identical outputs
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1636)
layer = nn.Linear(4, 3)
x = torch.randn(2, 4)
print(torch.equal(layer(x), F.linear(x, layer.weight, layer.bias)))
print(torch.equal(nn.ReLU()(x), F.relu(x)))
print(torch.equal(nn.LogSoftmax(dim=1)(x), F.log_softmax(x, dim=1)))
table = nn.Embedding(5, 2)
idx = torch.tensor([4, 0, 4])
print(torch.equal(table(idx), F.embedding(idx, table.weight)))
print(F.embedding(idx, table.weight, max_norm=1.0))
target = torch.tensor([1, 2])
print(F.nll_loss(F.log_softmax(layer(x), 1), target).item(), F.cross_entropy(layer(x), target).item())
