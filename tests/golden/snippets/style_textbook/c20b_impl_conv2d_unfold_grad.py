# gradients of the unfold convolution against F.conv2d
import torch
import torch.nn.functional as F

torch.manual_seed(1)
x = torch.randn(1, 2, 4, 4, requires_grad=True)
w = torch.randn(3, 2, 2, 2, requires_grad=True)
def my_conv(x, w, stride=1, padding=0):
    n, c, h, wd = x.shape
    k = w.shape[-1]
    cols = F.unfold(x, k, stride=stride, padding=padding)
    oh = (h + 2 * padding - k) // stride + 1
    ow = (wd + 2 * padding - k) // stride + 1
    return (w.flatten(1) @ cols).view(n, w.shape[0], oh, ow)
g1 = torch.autograd.grad(my_conv(x, w, 2, 1).square().sum(), (x, w))
g2 = torch.autograd.grad(F.conv2d(x, w, stride=2, padding=1).square().sum(), (x, w))
print(my_conv(x, w, 2, 1).shape)
print([torch.allclose(a, b, atol=1e-5) for a, b in zip(g1, g2)])
print(g1[1][0, 0])
