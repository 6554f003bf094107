# Parametrizations tutorial: a weight forced to be skew-symmetric, then orthogonal through matrix_exp.
import torch
import torch.nn as nn
import torch.nn.utils.parametrize as P

class Skew(nn.Module):
    def forward(self, X):
        A = X.triu(1)
        return A - A.T

class MatrixExponential(nn.Module):
    def forward(self, X):
        return torch.matrix_exp(X)

torch.manual_seed(0)
layer = nn.Linear(3, 3)
P.register_parametrization(layer, "weight", Skew())
print(layer)
W = layer.weight
print(torch.dist(W, -W.T))
print(P.is_parametrized(layer), P.is_parametrized(layer, "bias"))
print(layer.parametrizations.weight.original.shape)
P.register_parametrization(layer, "weight", MatrixExponential())
Q = layer.weight
print(torch.dist(Q.T @ Q, torch.eye(3)) < 1e-5)
print(sorted(n for n, _ in layer.named_parameters()))
x = torch.randn(2, 3)
out = layer(x).sum()
out.backward()
print(layer.parametrizations.weight.original.grad)
P.remove_parametrizations(layer, "weight", leave_parametrized=True)
print(type(layer.weight).__name__, layer.weight.shape)
print(P.is_parametrized(layer))
