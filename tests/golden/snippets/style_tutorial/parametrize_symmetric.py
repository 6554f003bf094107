# "Parametrizations tutorial": a symmetric weight through torch.nn.utils.parametrize.
import torch
import torch.nn as nn
import torch.nn.utils.parametrize as parametrize

class Symmetric(nn.Module):
    def forward(self, X):
        return X.triu() + X.triu(1).transpose(-1, -2)

torch.manual_seed(0)
layer = nn.Linear(3, 3)
parametrize.register_parametrization(layer, "weight", Symmetric())
A = layer.weight
print(torch.allclose(A, A.T))
print(A)
print(layer)
print(parametrize.is_parametrized(layer), parametrize.is_parametrized(layer, "bias"))
print(layer.parametrizations.weight.original)
print([n for n, _ in layer.named_parameters()])
