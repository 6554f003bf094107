# d2l batch normalization from scratch: batch_norm() with moving mean/var, a BatchNorm module, and train vs eval.
import torch
from torch import nn

def batch_norm(X, gamma, beta, moving_mean, moving_var, eps, momentum):
    if not torch.is_grad_enabled():
        X_hat = (X - moving_mean) / torch.sqrt(moving_var + eps)
    else:
        assert len(X.shape) in (2, 4)
        if len(X.shape) == 2:
            mean = X.mean(dim=0)
            var = ((X - mean) ** 2).mean(dim=0)
        else:
            mean = X.mean(dim=(0, 2, 3), keepdim=True)
            var = ((X - mean) ** 2).mean(dim=(0, 2, 3), keepdim=True)
        X_hat = (X - mean) / torch.sqrt(var + eps)
        moving_mean = (1.0 - momentum) * moving_mean + momentum * mean
        moving_var = (1.0 - momentum) * moving_var + momentum * var
    Y = gamma * X_hat + beta
    return Y, moving_mean.data, moving_var.data

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

torch.manual_seed(26)
bn = BatchNorm(3, num_dims=4)
for _ in range(5):
    Y = bn(torch.randn(4, 3, 5, 5) * 2 + 1)
print(bn.moving_mean.flatten(), bn.moving_var.flatten())
print(Y.mean(dim=(0, 2, 3)), Y.std(dim=(0, 2, 3), unbiased=False))
with torch.no_grad():
    Z = bn(torch.ones(1, 3, 2, 2))
print(Z[0, :, 0, 0])
ref = nn.BatchNorm2d(3)
torch.manual_seed(26)
for _ in range(5):
    ref(torch.randn(4, 3, 5, 5) * 2 + 1)
print(ref.running_mean, ref.running_var)
Y.sum().backward()
print(bn.gamma.grad.flatten(), bn.beta.grad.flatten())
