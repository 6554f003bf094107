# Batch normalization from scratch as a module with moving statistics, in train and eval modes, 2d and 4d.
import torch
from torch import nn

def batch_norm(X, gamma, beta, moving_mean, moving_var, eps, momentum):
    if not torch.is_grad_enabled():
        X_hat = (X - moving_mean) / torch.sqrt(moving_var + eps)
    else:
        if len(X.shape) == 2:
            mean = X.mean(dim=0)
            var = ((X - mean) ** 2).mean(dim=0)
        else:
            mean = X.mean(dim=(0, 2, 3), keepdim=True)
            var = ((X - mean) ** 2).mean(dim=(0, 2, 3), keepdim=True)
        X_hat = (X - mean) / torch.sqrt(var + eps)
        moving_mean = (1.0 - momentum) * moving_mean + momentum * mean
        moving_var = (1.0 - momentum) * moving_var + momentum * var
    return gamma * X_hat + beta, moving_mean.data, moving_var.data

class BatchNorm(nn.Module):
    def __init__(self, num_features, num_dims):
        super().__init__()
        shape = (1, num_features) if num_dims == 2 else (1, num_features, 1, 1)
        self.gamma = nn.Parameter(torch.ones(shape))
        self.beta = nn.Parameter(torch.zeros(shape))
        self.moving_mean = torch.zeros(shape)
        self.moving_var = torch.ones(shape)

    def forward(self, X):
        Y, self.moving_mean, self.moving_var = batch_norm(
            X, self.gamma, self.beta, self.moving_mean, self.moving_var, eps=1e-5, momentum=0.1)
        return Y

torch.manual_seed(5)
bn = BatchNorm(3, 2)
X = torch.randn(8, 3) * 2 + 1
Y = bn(X)
print(Y.mean(0), Y.var(0, unbiased=False))
print(bn.moving_mean, bn.moving_var)
ref = nn.BatchNorm1d(3)
ref(X)
print(ref.running_mean, ref.running_var)
with torch.no_grad():
    print(bn(X)[0])
bn4 = BatchNorm(2, 4)
X4 = torch.randn(2, 2, 3, 3)
print(bn4(X4).mean(dim=(0, 2, 3)), bn4.moving_mean.shape)
Y.sum().backward()
print(bn.gamma.grad, bn.beta.grad)
