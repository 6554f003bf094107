# Self-normalizing tabular net: SELU + AlphaDropout keep activations near mean 0, std 1
import torch
from torch import nn

torch.manual_seed(2)
layers = []
for _ in range(6):
    lin = nn.Linear(64, 64)
    nn.init.kaiming_normal_(lin.weight, nonlinearity="linear")
    nn.init.zeros_(lin.bias)
    layers += [lin, nn.SELU(), nn.AlphaDropout(0.1)]
net = nn.Sequential(*layers)
h = torch.randn(512, 64)
net.eval()
with torch.no_grad():
    for i, layer in enumerate(net):
        h = layer(h)
        if isinstance(layer, nn.SELU):
            print(f"layer {i // 3}: mean {h.mean().item():+.4f} std {h.std().item():.4f}")
print(net[2])
