# Exercise: count parameters of a small CNN, trainable vs frozen
import torch.nn as nn

net = nn.Sequential(
    nn.Conv2d(1, 8, 3), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(8, 16, 3), nn.ReLU(), nn.Flatten(), nn.Linear(16 * 11 * 11, 10),
)
total = sum(p.numel() for p in net.parameters())
for p in net[0].parameters():
    p.requires_grad_(False)
trainable = sum(p.numel() for p in net.parameters() if p.requires_grad)
print(total, trainable)
for name, p in net.named_parameters():
    print(name, tuple(p.shape), p.requires_grad)
