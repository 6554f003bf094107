# nn.BatchNorm1d / BatchNorm2d with and without affine parameters
import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.BatchNorm1d(100)
print(m)
m = nn.BatchNorm1d(100, affine=False)
input = torch.randn(20, 100)
output = m(input)
print(output.shape, output[0, :4])
print(m.running_mean[:4], m.num_batches_tracked)
m2 = nn.BatchNorm2d(3, momentum=None)
x = torch.randn(4, 3, 2, 2)
m2(x)
m2(x * 2)
print(m2.running_var)
print(m2)
