# Course lecture on default init: PyTorch's kaiming_uniform_(a=sqrt(5)) bounds for Linear and Conv2d,
# and what the activations' std does through a few layers compared with kaiming_normal_.
import math
import torch
import torch.nn as nn

torch.manual_seed(1451)
lin = nn.Linear(100, 50)
conv = nn.Conv2d(3, 8, 5)
fan_in_conv = 3 * 5 * 5
print(lin.weight.abs().max().item() <= 1 / math.sqrt(100), conv.weight.abs().max().item() <= 1 / math.sqrt(fan_in_conv))
print(round(lin.weight.std().item(), 4), round(1 / math.sqrt(3 * 100), 4))
x = torch.randn(256, 100)
for name, init in (("default", None), ("kaiming", lambda w: nn.init.kaiming_normal_(w, nonlinearity='relu'))):
    torch.manual_seed(1452)
    layers = [nn.Linear(100, 100) for _ in range(4)]
    h = x
    for layer in layers:
        if init:
            init(layer.weight)
        h = torch.relu(layer(h))
    print(name, round(h.mean().item(), 4), round(h.std().item(), 4))
w = torch.empty(8, 3, 5, 5)
nn.init.kaiming_normal_(w, mode='fan_out')
print(round(w.std().item(), 4), round(math.sqrt(2 / (8 * 25)), 4))
