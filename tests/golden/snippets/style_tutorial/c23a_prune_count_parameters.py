# Counting parameters: total, trainable, per layer
import torch.nn as nn

model = nn.Sequential(nn.Conv2d(3, 8, 3), nn.BatchNorm2d(8), nn.ReLU(), nn.Flatten(), nn.Linear(8 * 6 * 6, 10))
total = sum(p.numel() for p in model.parameters())
model[1].requires_grad_(False)
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(total, trainable)
for name, p in model.named_parameters():
    print(f"{name:12s} {str(tuple(p.shape)):18s} {p.numel()}")
print(sum(b.numel() for b in model.buffers()))
