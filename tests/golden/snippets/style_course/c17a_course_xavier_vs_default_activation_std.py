# Activation std through six tanh layers: default init versus Xavier with tanh gain
import torch
from torch import nn

def stds(init=None):
    torch.manual_seed(12)
    layers = [nn.Linear(50, 50) for _ in range(6)]
    if init:
        for lin in layers:
            init(lin.weight)
            nn.init.zeros_(lin.bias)
    h = torch.randn(200, 50)
    out = []
    for lin in layers:
        h = torch.tanh(lin(h))
        out.append(round(h.std().item(), 3))
    return out

print("default", stds())
print("xavier ", stds(lambda w: nn.init.xavier_uniform_(w, gain=nn.init.calculate_gain("tanh"))))
print([round(nn.init.calculate_gain(a), 4) for a in ("tanh", "relu", "selu")], nn.init.calculate_gain("leaky_relu", 0.2))
