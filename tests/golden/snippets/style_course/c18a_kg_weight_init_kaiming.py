# Xavier init with a tanh gain for a tabular MLP, then checking the spread
import math
import torch
from torch import nn

torch.manual_seed(0)
layers = [nn.Linear(20, 64), nn.Linear(64, 64), nn.Linear(64, 1)]
gain = nn.init.calculate_gain("tanh")
for layer in layers:
    nn.init.xavier_uniform_(layer.weight, gain=gain)
    nn.init.constant_(layer.bias, 0.01)
print(f"gain {gain:.4f}")
bound = gain * math.sqrt(6 / (20 + 64))
print(layers[0].weight.abs().max().item() <= bound)
h = torch.randn(256, 20)
for i, layer in enumerate(layers[:2]):
    h = torch.tanh(layer(h))
    print(f"layer {i}: std {h.std().item():.4f}")
print(layers[2].bias)
