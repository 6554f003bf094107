# convolutional VAE on 8x8 "images": shape walk-through
import torch
import torch.nn as nn

torch.manual_seed(50)
enc = nn.Sequential(nn.Conv2d(1, 4, 3, stride=2, padding=1), nn.ReLU(), nn.Flatten())
to_stats = nn.Linear(4 * 4 * 4, 2 * 3)
dec = nn.Sequential(nn.Linear(3, 4 * 4 * 4), nn.Unflatten(1, (4, 4, 4)),
                    nn.ConvTranspose2d(4, 1, 4, stride=2, padding=1), nn.Sigmoid())
x = torch.rand(2, 1, 8, 8)
h = enc(x)
mu, logvar = to_stats(h).chunk(2, -1)
z = mu + (0.5 * logvar).exp() * torch.randn_like(mu)
xr = dec(z)
print(h.shape, mu.shape, xr.shape)
loss = nn.functional.binary_cross_entropy(xr, x, reduction="sum")
print(round(loss.item(), 3))
print(dec)
