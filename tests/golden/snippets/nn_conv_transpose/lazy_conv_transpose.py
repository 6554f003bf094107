# nn.LazyConvTranspose1d/2d/3d read in_channels from the first batch
import torch
import torch.nn as nn

torch.manual_seed(0)
decoder = nn.Sequential(nn.LazyConvTranspose2d(8, 3, stride=2), nn.ReLU(), nn.LazyConvTranspose2d(1, 2))
print(decoder)
print(decoder[0].weight)
out = decoder(torch.randn(2, 5, 4, 4))
print(out.shape)
print(decoder)
print(decoder[0].weight.shape, decoder[2].weight.shape, decoder[0].bias[:3])
m = nn.LazyConvTranspose1d(4, 3, groups=2, bias=False)
try:
    m(torch.randn(1, 3, 6))
except ValueError as e:
    print(e, type(m).__name__)
print(m(torch.randn(1, 2, 6)).shape, m)
v = nn.LazyConvTranspose3d(2, 2, stride=2)
print(v(torch.randn(3, 2, 2, 2), output_size=(5, 5, 5)).shape, v.weight.shape)
try:
    nn.LazyConvTranspose3d(2, 2)(torch.randn(3, 3))
except RuntimeError as e:
    print(e)
