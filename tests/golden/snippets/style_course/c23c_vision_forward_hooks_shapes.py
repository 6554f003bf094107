# Registering forward hooks to record every feature map's shape, then removing them.
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Conv2d(3, 4, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(4, 8, 3), nn.AdaptiveAvgPool2d(1), nn.Flatten())
shapes = {}
handles = []
for name, m in net.named_children():
    handles.append(m.register_forward_hook(lambda mod, inp, out, name=name: shapes.__setitem__(name, tuple(out.shape))))
out = net(torch.randn(2, 3, 12, 12))
for k, v in shapes.items():
    print(k, v)
for h in handles:
    h.remove()
shapes.clear()
net(torch.randn(1, 3, 12, 12))
print(shapes, out.shape)
