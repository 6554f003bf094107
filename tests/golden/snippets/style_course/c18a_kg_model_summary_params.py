# Model summary: trainable vs frozen parameter counts per layer
import torch.nn as nn

model = nn.Sequential(
    nn.Linear(30, 128), nn.BatchNorm1d(128), nn.ReLU(), nn.Dropout(0.3),
    nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 1),
)
for p in model[0].parameters():
    p.requires_grad_(False)
for name, module in model.named_children():
    n = sum(p.numel() for p in module.parameters())
    print(f"{name:>2} {module.__class__.__name__:<12} {n:>6}")
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
total = sum(p.numel() for p in model.parameters())
print(f"trainable {trainable:,} / total {total:,}")
print(model[3])
