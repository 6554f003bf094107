# sampling from the prior and decoding
import torch
import torch.nn as nn

torch.manual_seed(2)
decoder = nn.Sequential(nn.Linear(2, 5), nn.Tanh(), nn.Linear(5, 3), nn.Sigmoid())
with torch.no_grad():
    z = torch.randn(4, 2)
    samples = decoder(z)
print(samples)
print(samples.requires_grad, samples.shape)
grid = torch.stack(torch.meshgrid(torch.linspace(-1, 1, 3), torch.linspace(-1, 1, 3), indexing="ij"), -1)
print(grid.reshape(-1, 2))
print(decoder(grid.reshape(-1, 2)).detach().round(decimals=3))
