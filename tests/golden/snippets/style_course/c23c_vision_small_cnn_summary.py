# A LeNet-like model printed, then a per-layer output size table from a dummy pass.
import torch
import torch.nn as nn

lenet = nn.Sequential(
    nn.Conv2d(1, 4, 5, padding=2), nn.Sigmoid(), nn.AvgPool2d(2, 2),
    nn.Conv2d(4, 8, 5), nn.Sigmoid(), nn.AvgPool2d(2, 2),
    nn.Flatten(), nn.Linear(8 * 5 * 5, 20), nn.Sigmoid(), nn.Linear(20, 10),
)
print(lenet)
probe = torch.zeros(1, 1, 28, 28)
for layer in lenet:
    probe = layer(probe)
    print(layer.__class__.__name__, "output shape:\t", probe.shape)
