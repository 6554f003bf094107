# BatchNorm2d normalises every channel over (N, H, W): check the mean/var of its output by hand.
import torch
import torch.nn as nn

torch.manual_seed(9)
conv = nn.Conv2d(2, 3, kernel_size=3, padding=1)
bn = nn.BatchNorm2d(3)
x = torch.randn(4, 2, 6, 6) * 3
h = conv(x)
out = bn(h)
print(out.shape)
print(out.mean(dim=(0, 2, 3)).abs().max() < 1e-5)
print(out.var(dim=(0, 2, 3), unbiased=False))
mu = h.mean(dim=(0, 2, 3), keepdim=True)
var = h.var(dim=(0, 2, 3), unbiased=False, keepdim=True)
manual = (h - mu) / torch.sqrt(var + bn.eps)
print(torch.allclose(manual, out, atol=1e-5))
print(bn.running_mean)
unbiased = h.var(dim=(0, 2, 3), unbiased=True)
print(torch.allclose(bn.running_var, 0.9 + 0.1 * unbiased))
out.sum().backward()
print(bn.weight.grad.shape, bn.bias.grad)
bn.eval()
print(torch.allclose(bn(h), (h - bn.running_mean[None, :, None, None]) / torch.sqrt(bn.running_var[None, :, None, None] + 1e-5)))
print(bn.affine, bn.track_running_stats, bn.num_features)
