# A model summary printed by hand: output shapes from forward hooks and parameter counts per layer.
import torch
import torch.nn as nn

model = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(), nn.MaxPool2d(2),
                      nn.Flatten(), nn.Linear(4 * 4 * 4, 10), nn.LogSoftmax(dim=1))
rows = []

def hook(module, inp, out):
    rows.append((module.__class__.__name__, tuple(out.shape), sum(p.numel() for p in module.parameters())))

handles = [m.register_forward_hook(hook) for m in model]
model(torch.zeros(2, 1, 8, 8))
for h in handles:
    h.remove()
print(f"{'Layer':<12}{'Output Shape':<20}{'Param #':>8}")
print("=" * 40)
for name, shape, n in rows:
    print(f"{name:<12}{str(shape):<20}{n:>8,}")
print("=" * 40)
total = sum(n for _, _, n in rows)
print(f"Total params: {total:,}")
print(f"Trainable params: {sum(p.numel() for p in model.parameters() if p.requires_grad):,}")
print(f"Buffers: {sum(b.numel() for b in model.buffers())}")
