# Batch normalization for conv layers: per-channel mean/var over (N, H, W), compared with nn.BatchNorm2d.
import torch
from torch import nn

torch.manual_seed(3)
X = torch.randn(4, 3, 5, 5) * torch.tensor([1.0, 2.0, 0.5]).view(1, 3, 1, 1) + 1.0
mean = X.mean(dim=(0, 2, 3), keepdim=True)
var = ((X - mean) ** 2).mean(dim=(0, 2, 3), keepdim=True)
X_hat = (X - mean) / torch.sqrt(var + 1e-5)
bn = nn.BatchNorm2d(3)
Y = bn(X)
print(mean.flatten(), var.flatten())
print((Y - X_hat).abs().max() < 1e-5)
print(bn.running_mean, bn.running_var)
print(0.9 * torch.ones(3) + 0.1 * X.var(dim=(0, 2, 3)))
print(Y.mean(dim=(0, 2, 3)).abs().max() < 1e-6, Y.var(dim=(0, 2, 3), unbiased=False))
bn.eval()
Z = bn(X)
print(Z[0, :, 0, 0])
print(((X - bn.running_mean.view(1, 3, 1, 1)) / torch.sqrt(bn.running_var.view(1, 3, 1, 1) + 1e-5))[0, :, 0, 0])
Y.sum().backward() if Y.requires_grad else None
print(bn.weight.grad, bn.bias.grad)
