# Full backward hooks on conv layers: grad_input / grad_output shapes, firing order.
import torch
import torch.nn as nn

torch.manual_seed(1)
net = nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.Conv2d(2, 3, 3))
order = []
def hook(mod, gin, gout):
    order.append(type(mod).__name__)
    print(type(mod).__name__, [None if g is None else tuple(g.shape) for g in gin], [tuple(g.shape) for g in gout])
for m in net:
    m.register_full_backward_hook(hook)
x = torch.randn(1, 1, 7, 7, requires_grad=True)
net(x).sum().backward()
print(order)
