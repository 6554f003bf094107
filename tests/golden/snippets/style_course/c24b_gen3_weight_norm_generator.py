# the older nn.utils.weight_norm on a generator layer (weight_g, weight_v) and its warning
import torch
import torch.nn as nn

torch.manual_seed(960)
layer = nn.utils.weight_norm(nn.Linear(3, 2), name="weight")
print(sorted(n for n, _ in layer.named_parameters()))
print(layer.weight_g.shape, layer.weight_v.shape)
rebuilt = layer.weight_g * layer.weight_v / layer.weight_v.norm(dim=1, keepdim=True)
print(torch.allclose(layer.weight, rebuilt))
nn.utils.remove_weight_norm(layer)
print(sorted(n for n, _ in layer.named_parameters()))
