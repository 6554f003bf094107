# Weight initialisation explained
import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(256, 256)
print(f"default: std={layer.weight.std():.4f}")
nn.init.xavier_uniform_(layer.weight)
print(f"xavier:  std={layer.weight.std():.4f}")
nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
print(f"kaiming: std={layer.weight.std():.4f}")
nn.init.zeros_(layer.bias)
print(layer.bias[:4])
nn.init.constant_(layer.bias, 0.1)
print(layer.bias.sum())
print(nn.init.calculate_gain("tanh"), nn.init.calculate_gain("leaky_relu", 0.2))
