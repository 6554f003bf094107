# Count parameters per layer and in total, printed with thousands separators
import torch
from torch import nn

model = nn.Sequential(
    nn.Conv2d(3, 32, 3), nn.ReLU(), nn.Conv2d(32, 64, 3), nn.ReLU(),
    nn.Flatten(), nn.Linear(64 * 4 * 4, 128), nn.ReLU(), nn.Linear(128, 10),
)
total = 0
for name, p in model.named_parameters():
    total += p.numel()
    print(f"{name:<10} {str(list(p.shape)):<18} {p.numel():>8,}")
print(f"Total params: {total:,}")
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(f"Trainable: {trainable:,} ({trainable / 1e6:.2f}M)")
