# spectral-normalised discriminator (SN-GAN)
import torch
import torch.nn as nn
from torch.nn.utils.parametrizations import spectral_norm

torch.manual_seed(136)
D = nn.Sequential(spectral_norm(nn.Linear(2, 8)), nn.LeakyReLU(0.2), spectral_norm(nn.Linear(8, 1)))
x = torch.randn(4, 2)
out = D(x)
print(out.squeeze(1))
print(torch.linalg.matrix_norm(D[0].weight, ord=2))
print(D[0].parametrizations.weight.original.shape)
print(type(D[0]).__name__)
