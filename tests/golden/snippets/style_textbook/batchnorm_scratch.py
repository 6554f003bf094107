# Batch normalisation from scratch with moving averages, for fully connected inputs.
import torch

def batch_norm(X, gamma, beta, moving_mean, moving_var, eps, momentum):
    if not torch.is_grad_enabled():
        X_hat = (X - moving_mean) / torch.sqrt(moving_var + eps)
    else:
        mean = X.mean(dim=0)
        var = ((X - mean) ** 2).mean(dim=0)
        X_hat = (X - mean) / torch.sqrt(var + eps)
        moving_mean = (1.0 - momentum) * moving_mean + momentum * mean
        moving_var = (1.0 - momentum) * moving_var + momentum * var
    Y = gamma * X_hat + beta
    return Y, moving_mean.data, moving_var.data

torch.manual_seed(17)
X = torch.randn(6, 3) * 2 + 5
Y, mm, mv = batch_norm(X, torch.ones(3), torch.zeros(3), torch.zeros(3), torch.ones(3), 1e-5, 0.1)
print(Y)
print(mm, mv)
bn = torch.nn.BatchNorm1d(3)
print(bn(X))
print(bn.running_mean, bn.running_var)
