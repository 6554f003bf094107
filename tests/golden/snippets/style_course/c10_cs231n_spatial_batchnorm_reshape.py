# cs231n assignment 2: spatial batchnorm by reshaping (N, C, H, W) to (N*H*W, C) vs nn.BatchNorm2d.
import torch
from torch import nn

torch.manual_seed(231)
N, C, H, W = 4, 3, 5, 5
x = 4 * torch.randn(N, C, H, W) + 10
gamma, beta = torch.tensor([1.0, 2.0, 3.0]), torch.tensor([0.0, -1.0, 0.5])
print("before:", x.mean(dim=(0, 2, 3)), x.std(dim=(0, 2, 3), unbiased=False))

def spatial_batchnorm_forward(x, gamma, beta, eps=1e-5):
    N, C, H, W = x.shape
    x2 = x.permute(0, 2, 3, 1).reshape(-1, C)
    mu = x2.mean(0)
    var = x2.var(0, unbiased=False)
    out = (x2 - mu) / torch.sqrt(var + eps) * gamma + beta
    return out.reshape(N, H, W, C).permute(0, 3, 1, 2), mu, var

out, mu, var = spatial_batchnorm_forward(x, gamma, beta)
print("after:", out.mean(dim=(0, 2, 3)), out.std(dim=(0, 2, 3), unbiased=False))
bn = nn.BatchNorm2d(C)
with torch.no_grad():
    bn.weight.copy_(gamma)
    bn.bias.copy_(beta)
ref = bn(x)
print(torch.allclose(out, ref, atol=1e-5), out.is_contiguous(), ref.is_contiguous())
print(bn.running_mean, bn.running_var)
print(0.9 * torch.zeros(C) + 0.1 * mu, 0.9 * torch.ones(C) + 0.1 * var * (N * H * W) / (N * H * W - 1))
bn.eval()
print(bn(x).mean().item() > 5, bn.num_batches_tracked)
