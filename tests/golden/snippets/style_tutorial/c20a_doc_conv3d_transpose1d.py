# nn.Conv3d and nn.ConvTranspose1d reference shapes
import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.Conv3d(4, 6, 3, stride=2)
print(m(torch.randn(2, 4, 6, 8, 8)).shape, m)
m = nn.Conv3d(4, 6, (3, 5, 2), stride=(2, 1, 1), padding=(4, 2, 0))
print(m(torch.randn(1, 4, 5, 6, 7)).shape)
t = nn.ConvTranspose1d(3, 2, 4, stride=2, padding=1, output_padding=1)
print(t(torch.randn(1, 3, 5)).shape, t)
print(nn.ConvTranspose3d(2, 2, 2, stride=2)(torch.randn(1, 2, 2, 2, 2)).shape)
