# DCGAN generator upsampling: shapes through ConvTranspose2d stacks
import torch
import torch.nn as nn

torch.manual_seed(24)
G = nn.Sequential(
    nn.ConvTranspose2d(8, 4, kernel_size=4, stride=1, padding=0, bias=False),
    nn.BatchNorm2d(4),
    nn.ReLU(True),
    nn.ConvTranspose2d(4, 1, kernel_size=4, stride=2, padding=1, bias=False),
    nn.Tanh(),
)
z = torch.randn(2, 8, 1, 1)
h = z
for layer in G:
    h = layer(h)
    print(type(layer).__name__, tuple(h.shape))
print(bool(h.abs().max() <= 1))
print(sum(p.numel() for p in G.parameters() if p.requires_grad))
