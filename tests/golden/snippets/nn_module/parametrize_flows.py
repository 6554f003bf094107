# Parametrizations: right_inverse on assignment, chains, caching, removal, and the checks at registration.
import torch
import torch.nn as nn
import torch.nn.utils.parametrize as P

class Symmetric(nn.Module):
    def forward(self, X):
        return X.triu() + X.triu(1).transpose(-1, -2)
    def right_inverse(self, A):
        return A.triu()

class Skew(nn.Module):
    def forward(self, X):
        A = X.triu(1)
        return A - A.transpose(-1, -2)

class MatrixExponential(nn.Module):
    def forward(self, X):
        return X * 2

class NoisyParametrization(nn.Module):
    def forward(self, X):
        print("Computing the Parametrization")
        return X

torch.manual_seed(0)
layer = nn.Linear(3, 3)
P.register_parametrization(layer, "weight", Symmetric())
print(layer.parametrizations.weight.original)
X = torch.rand(3, 3); X = X + X.T
layer.weight = X
print(torch.dist(layer.weight, X))
print(layer.parametrizations.weight.original)
print(dict(layer.named_parameters()).keys(), layer.state_dict().keys())
print(P.type_before_parametrizations(layer), type(layer), type(layer).__module__)
layer2 = nn.Linear(3, 3)
P.register_parametrization(layer2, "weight", Skew())
P.register_parametrization(layer2, "weight", MatrixExponential())
print(layer2)
print(layer2.weight)
layer3 = nn.Linear(4, 4)
P.register_parametrization(layer3, "weight", NoisyParametrization())
print("Here, layer.weight is recomputed every time we call it")
foo = layer3.weight + layer3.weight.T
bar = layer3.weight.sum()
with P.cached():
    print("Here, it is computed just the first time layer.weight is called")
    foo = layer3.weight + layer3.weight.T
    bar = layer3.weight.sum()
P.remove_parametrizations(layer2, "weight")
print(layer2, layer2.weight)
P.remove_parametrizations(layer3, "weight", leave_parametrized=False)
print(type(layer3).__name__)
try:
    P.register_parametrization(nn.Linear(2, 2), "weight", nn.Linear(2, 3))
except ValueError as e: print(e)
try:
    P.register_parametrization(nn.Linear(2, 2), "foo", Skew())
except ValueError as e: print(e)
loss = layer(torch.ones(1, 3)).sum(); loss.backward(); print(layer.parametrizations.weight.original.grad)
print(P.is_parametrized(layer), P.is_parametrized(layer2))
