# fast.ai course: a simple CNN of stride-2 convs, printing each layer's output shape with forward hooks.
import torch
from torch import nn

def conv(ni, nf, ks=3, act=True):
    res = nn.Conv2d(ni, nf, stride=2, kernel_size=ks, padding=ks // 2)
    if act:
        res = nn.Sequential(res, nn.ReLU())
    return res

torch.manual_seed(0)
simple_cnn = nn.Sequential(conv(1, 4), conv(4, 8), conv(8, 16), conv(16, 10, act=False), nn.Flatten())
xb = torch.randn(16, 1, 16, 16)
handles = []
for i, layer in enumerate(simple_cnn):
    handles.append(layer.register_forward_hook(
        lambda m, inp, out, i=i: print(i, type(m).__name__, tuple(inp[0].shape), "->", tuple(out.shape))))
out = simple_cnn(xb)
for h in handles:
    h.remove()
print(out.shape)
simple_cnn(xb)
print(sum(p.numel() for p in simple_cnn.parameters()))
for name, p in simple_cnn.named_parameters():
    print(f"{name:12s} {str(tuple(p.shape)):16s} {p.numel()}")
