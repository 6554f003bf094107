# Upsampling a latent sequence with ConvTranspose1d
import torch
import torch.nn as nn

up = nn.ConvTranspose1d(1, 1, kernel_size=2, stride=2, bias=False)
nn.init.ones_(up.weight)
z = torch.tensor([[[1.0, 2.0, 3.0]]])
print(up(z))
print(up)
up2 = nn.ConvTranspose1d(1, 1, 3, stride=2, padding=1, output_padding=1, bias=False)
print(up2(z).shape)
try:
    nn.ConvTranspose1d(1, 1, 3, stride=2, output_padding=2)(z)
except (ValueError, RuntimeError) as e:
    print(type(e).__name__, e)
try:
    nn.ConvTranspose1d(1, 1, 3, padding_mode='reflect')
except ValueError as e:
    print(e)
