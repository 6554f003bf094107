# Profiler-free "where does the time go": counting module calls and output sizes with forward hooks.
import torch
import torch.nn as nn
from collections import Counter

torch.manual_seed(2)
net = nn.Sequential(
    nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(4, 8, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
    nn.Flatten(), nn.Linear(8, 3),
)
calls = Counter()
sizes = {}

def hook(mod, inp, out):
    name = type(mod).__name__
    calls[name] += 1
    sizes[name] = tuple(out.shape)

handles = [m.register_forward_hook(hook) for m in net]
x = torch.randn(2, 1, 8, 8)
for _ in range(3):
    out = net(x)
print(dict(calls))
for k, v in sizes.items():
    print(f"{k:20s} {v}")
for h in handles:
    h.remove()
net(x)
print(sum(calls.values()))
macs = 0
for m in net:
    if isinstance(m, nn.Linear):
        macs += m.in_features * m.out_features
print("linear MACs per sample:", macs)
print(out)
