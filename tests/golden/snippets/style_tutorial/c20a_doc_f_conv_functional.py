# F.conv1d / conv2d / conv_transpose2d / max_pool2d / avg_pool1d functional forms
import torch
import torch.nn.functional as F

torch.manual_seed(0)
inputs = torch.randn(2, 4, 7)
filters = torch.randn(3, 4, 3)
print(F.conv1d(inputs, filters).shape)
print(F.conv1d(inputs, filters, padding=1, stride=2)[0, 0])
x = torch.randn(1, 2, 5, 5)
w = torch.randn(4, 2, 3, 3)
print(F.conv2d(x, w, padding=1).shape, F.conv2d(x, w, stride=2, dilation=2).shape)
print(F.conv_transpose2d(torch.randn(1, 4, 3, 3), torch.randn(4, 2, 3, 3), stride=2).shape)
print(F.max_pool2d(x, 2)[0, 0])
print(F.avg_pool1d(torch.tensor([[[1., 2, 3, 4, 5, 6, 7]]]), kernel_size=3, stride=2))
print(F.adaptive_avg_pool1d(torch.tensor([[[1., 2, 3, 4, 5]]]), 2))
