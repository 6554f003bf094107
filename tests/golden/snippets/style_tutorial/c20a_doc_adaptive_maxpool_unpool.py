# nn.MaxUnpool2d with indices from MaxPool2d; AdaptiveMaxPool1d; LPPool1d
import torch
import torch.nn as nn

pool = nn.MaxPool2d(2, stride=2, return_indices=True)
unpool = nn.MaxUnpool2d(2, stride=2)
input = torch.tensor([[[[1., 2., 3., 4.],
                        [5., 6., 7., 8.],
                        [9., 10., 11., 12.],
                        [13., 14., 15., 16.]]]])
output, indices = pool(input)
print(unpool(output, indices))
print(nn.AdaptiveMaxPool1d(3)(torch.arange(8.).view(1, 1, 8)))
print(nn.AdaptiveMaxPool1d(2, return_indices=True)(torch.tensor([[[3., 1., 4., 1., 5.]]])))
print(nn.LPPool1d(2, 3, stride=2)(torch.arange(1., 8.).view(1, 1, 7)))
