# the largest singular value via svdvals vs spectral_norm's normalised weight (rounded)
import torch
import torch.nn as nn

torch.manual_seed(1450)
layer = nn.utils.parametrizations.spectral_norm(nn.Linear(3, 4), n_power_iterations=30)
raw = layer.parametrizations.weight.original
for _ in range(5):
    layer(torch.zeros(1, 3))
top = torch.linalg.svdvals(layer.weight.detach())[0]
print(round(top.item(), 3))
print(raw.shape, layer.weight.shape)
