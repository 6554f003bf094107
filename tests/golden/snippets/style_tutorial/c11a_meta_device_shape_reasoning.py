# Reasoning about shapes: run layers on the meta device to get output shapes without computing values.
import torch
from torch import nn

t = torch.rand(2, 3, 10, 10, device="meta")
conv = nn.Conv2d(3, 5, 2, device="meta")
out = conv(t)
print(out.shape, out.device, out.dtype)
print(out.is_meta, t.is_meta)
model = nn.Sequential(
    nn.Conv2d(3, 6, 5), nn.ReLU(), nn.MaxPool2d(2, 2),
    nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2, 2),
    nn.Flatten(), nn.Linear(16 * 5 * 5, 120), nn.Linear(120, 10),
)
model = model.to("meta")
x = torch.empty(4, 3, 32, 32, device="meta")
for layer in model:
    x = layer(x)
    print(f"{type(layer).__name__:10s} {tuple(x.shape)}")
w = torch.empty(3, 4, device="meta")
print(w)
print((w @ torch.empty(4, 2, device="meta")).shape)
