# BatchNorm's gradients after y.sum() (an expanded gradient: PyTorch's generic kernel) and after y.mean().
import torch
from torch import nn

torch.manual_seed(5)
for shape in [(4, 3, 5, 5), (2, 3, 7), (6, 4)]:
    bn = nn.BatchNorm2d(shape[1]) if len(shape) == 4 else nn.BatchNorm1d(shape[1])
    x = (torch.randn(*shape) * 2 + 1).requires_grad_()
    bn(x).sum().backward()
    print(shape, bn.weight.grad, bn.bias.grad)
    print(x.grad.flatten()[:4], x.grad.abs().max())
    bn.zero_grad()
    x.grad = None
    (bn(x).mean() * 3.7).backward()
    print(bn.weight.grad, bn.bias.grad, x.grad.flatten()[:3])
