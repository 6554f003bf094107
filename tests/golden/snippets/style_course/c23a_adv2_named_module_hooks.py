# Hook every ReLU found by named_modules and count active units per layer
import torch
import torch.nn as nn

torch.manual_seed(27)
net = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 6), nn.ReLU(), nn.Linear(6, 1))
counts = {}
handles = []
for name, m in net.named_modules():
    if isinstance(m, nn.ReLU):
        handles.append(m.register_forward_hook(
            lambda mod, i, o, name=name: counts.__setitem__(name, int((o > 0).sum()))))
net(torch.randn(5, 4))
print(sorted(counts))
print(all(0 <= v <= 30 for v in counts.values()), len(handles))
for h in handles:
    h.remove()
print([n for n, m in net.named_modules() if m._forward_hooks])
