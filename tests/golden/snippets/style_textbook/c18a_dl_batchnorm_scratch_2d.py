# Batch norm from scratch for conv features (NCHW) versus nn.BatchNorm2d in training mode
import torch
from torch import nn

def batch_norm(X, gamma, beta, eps):
    mean = X.mean(dim=(0, 2, 3), keepdim=True)
    var = ((X - mean) ** 2).mean(dim=(0, 2, 3), keepdim=True)
    X_hat = (X - mean) / torch.sqrt(var + eps)
    return gamma * X_hat + beta, mean, var

torch.manual_seed(0)
X = torch.randn(4, 3, 5, 5) * 2 + 1
gamma = torch.ones((1, 3, 1, 1)); beta = torch.zeros((1, 3, 1, 1))
Y, mean, var = batch_norm(X, gamma, beta, 1e-5)
bn = nn.BatchNorm2d(3)
Y_ref = bn(X)
print((Y - Y_ref).abs().max() < 1e-5)
print(bn.running_mean)
print(0.9 * 0 + 0.1 * mean.flatten())
print(bn.running_var)
print(0.9 * 1 + 0.1 * var.flatten() * 100 / 99)
