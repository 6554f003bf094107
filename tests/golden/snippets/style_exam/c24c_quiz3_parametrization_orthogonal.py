# Quiz C11: a parametrized weight keeps its constraint
import torch
import torch.nn as nn
from torch.nn.utils import parametrize


class Symmetric(nn.Module):
    def forward(self, X):
        return X.triu() + X.triu(1).transpose(-1, -2)


layer = nn.Linear(3, 3, bias=False)
parametrize.register_parametrization(layer, "weight", Symmetric())
W = layer.weight
print(torch.equal(W, W.T), parametrize.is_parametrized(layer))
print(type(layer).__name__, list(dict(layer.named_parameters())))
