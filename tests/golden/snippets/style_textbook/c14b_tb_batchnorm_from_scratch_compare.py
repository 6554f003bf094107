# Batch normalisation from scratch in training mode, compared with nn.BatchNorm1d and its running stats.
import torch
from torch import nn

def batch_norm(X, gamma, beta, moving_mean, moving_var, eps, momentum):
    mean = X.mean(dim=0)
    var = ((X - mean) ** 2).mean(dim=0)
    X_hat = (X - mean) / torch.sqrt(var + eps)
    moving_mean = (1.0 - momentum) * moving_mean + momentum * mean
    moving_var = (1.0 - momentum) * moving_var + momentum * var * X.shape[0] / (X.shape[0] - 1)
    return gamma * X_hat + beta, moving_mean, moving_var

torch.manual_seed(10)
X = torch.randn(6, 3) * 2 + 1
gamma, beta = torch.ones(3), torch.zeros(3)
mm, mv = torch.zeros(3), torch.ones(3)
Y, mm, mv = batch_norm(X, gamma, beta, mm, mv, 1e-5, 0.1)
bn = nn.BatchNorm1d(3)
Y_ref = bn(X)
print(Y)
print(Y_ref)
print((Y - Y_ref).abs().max())
print(mm, bn.running_mean)
print(mv, bn.running_var)
print(bn.num_batches_tracked, Y_ref.grad_fn)
