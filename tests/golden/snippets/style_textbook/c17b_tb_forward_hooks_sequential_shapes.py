# Forward hooks print every layer's output shape.
import torch
from torch import nn

torch.manual_seed(1)
net = nn.Sequential(nn.Linear(4, 6), nn.Tanh(), nn.Linear(6, 2))
handles = []
for name, layer in net.named_children():
    handles.append(layer.register_forward_hook(
        lambda mod, inp, out, name=name: print(name, type(mod).__name__, tuple(inp[0].shape), tuple(out.shape))))
out = net(torch.randn(5, 4))
for h in handles:
    h.remove()
net(torch.randn(1, 4))
print(out.shape, out.grad_fn)
