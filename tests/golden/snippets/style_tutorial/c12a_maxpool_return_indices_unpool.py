# MaxPool2d with return_indices and MaxUnpool2d, plus ceil_mode and AvgPool count_include_pad.
import torch
import torch.nn as nn

x = torch.tensor([[[[1.0, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]]])
pool = nn.MaxPool2d(2, stride=2, return_indices=True)
unpool = nn.MaxUnpool2d(2, stride=2)
out, idx = pool(x)
print(out, idx)
print(unpool(out, idx))
y = torch.arange(25.0).view(1, 1, 5, 5)
print(nn.MaxPool2d(2, ceil_mode=True)(y))
print(nn.MaxPool2d(2)(y).shape, nn.MaxPool2d(3, stride=1, padding=1)(y).shape)
print(nn.AvgPool2d(3, stride=2, padding=1)(y))
print(nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=False)(y))
print(nn.MaxPool1d(2, return_indices=True)(torch.tensor([[[3.0, 1, 4, 1, 5, 9]]])))
z = x.clone().requires_grad_()
nn.MaxPool2d(2)(z).sum().backward()
print(z.grad)
print(nn.LPPool2d(2, 2)(x))
