"""A LeNet-style CNN for 28x28 images: printing shapes layer by layer."""
import torch
import torch.nn as nn

torch.manual_seed(0)
layers = nn.Sequential(
    nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(16 * 5 * 5, 120), nn.ReLU(), nn.Linear(120, 10),
)
x = torch.randn(2, 1, 28, 28)
for layer in layers:
    x = layer(x)
    print(f"{layer.__class__.__name__:<10} -> {tuple(x.shape)}")
print(f"parameters: {sum(p.numel() for p in layers.parameters()):,}")
print(x[0, :3])
