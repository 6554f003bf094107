"""Initialising weights with torch.nn.init."""
import torch
import torch.nn as nn


def init_weights(m: nn.Module) -> None:
    """Xavier for Linear weights, zeros for biases."""
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)
        nn.init.zeros_(m.bias)


torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
net.apply(init_weights)
for name, p in net.named_parameters():
    print(f"{name:10s} {p.data}")
