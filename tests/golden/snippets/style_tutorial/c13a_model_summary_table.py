# A hand-made model summary: each module's output shape via hooks and its number of parameters.
import torch
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(1, 32, 3, 1), nn.ReLU(), nn.Conv2d(32, 64, 3, 1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Dropout(0.25), nn.Flatten(), nn.Linear(9216, 128), nn.ReLU(), nn.Dropout(0.5), nn.Linear(128, 10),
)
rows = []


def hook(m, i, o):
    rows.append((type(m).__name__, tuple(o.shape), sum(p.numel() for p in m.parameters())))


hs = [m.register_forward_hook(hook) for m in model]
with torch.no_grad():
    model(torch.zeros(1, 1, 28, 28))
for h in hs:
    h.remove()
print(f"{'Layer':<10}{'Output shape':<22}{'Params':>10}")
for name, shape, n in rows:
    print(f"{name:<10}{str(shape):<22}{n:>10,}")
total = sum(p.numel() for p in model.parameters())
print(f"Total params: {total:,}")
print(f"Size (MB): {total * 4 / 1024 ** 2:.2f}")
print(model[7])
print(model[7].weight.dtype, model[7].weight.element_size(), model[7].weight.nbytes)
