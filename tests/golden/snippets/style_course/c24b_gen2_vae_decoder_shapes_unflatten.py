# decoder reshaping with nn.Unflatten and ConvTranspose2d output_padding
import torch
import torch.nn as nn

torch.manual_seed(69)
dec = nn.Sequential(nn.Linear(2, 8 * 3 * 3), nn.Unflatten(1, (8, 3, 3)),
                    nn.ConvTranspose2d(8, 4, 3, stride=2, padding=1, output_padding=1), nn.ReLU(),
                    nn.ConvTranspose2d(4, 1, 3, stride=2, padding=1, output_padding=1), nn.Sigmoid())
print(dec)
out = dec(torch.randn(2, 2))
print(out.shape)
print(nn.Unflatten(1, (2, 4))(torch.arange(16).view(2, 8)).shape)
