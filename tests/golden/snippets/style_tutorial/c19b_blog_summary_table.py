# A poor man's torchsummary with forward hooks
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(4 * 13 * 13, 10))
rows = []
def hook(mod, inp, out):
    n = sum(p.numel() for p in mod.parameters())
    rows.append((mod.__class__.__name__, list(out.shape), n))
for m in model:
    m.register_forward_hook(hook)
model(torch.randn(1, 1, 28, 28))
print(f"{'Layer':<10}{'Output Shape':<20}{'Param #':>8}")
print("-" * 38)
for name, shape, n in rows:
    print(f"{name:<10}{str(shape):<20}{n:>8}")
print("-" * 38)
print(f"Total: {sum(r[2] for r in rows)}")
