# Initialization helpers: kaiming normal on ReLU layers, zero biases, checked through activations.
import torch
from torch import nn

def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.kaiming_normal_(m.weight, nonlinearity='relu')
        nn.init.zeros_(m.bias)

torch.manual_seed(25)
net = nn.Sequential(*[layer for _ in range(5) for layer in (nn.Linear(128, 128), nn.ReLU())])
net.apply(init_weights)
h = torch.randn(512, 128)
for i, layer in enumerate(net):
    h = layer(h)
    if isinstance(layer, nn.ReLU):
        print(i, round(h.pow(2).mean().item(), 3))
print(net[0].bias[:4], net[0].weight.std())
print(nn.init.calculate_gain('relu'), nn.init.calculate_gain('tanh'), nn.init.calculate_gain('leaky_relu', 0.2))
