# Initialisation and activation statistics: std of activations through 10 layers with default, Xavier and Kaiming.
import torch
from torch import nn

def run(init):
    torch.manual_seed(0)
    layers = [nn.Linear(64, 64) for _ in range(10)]
    for l in layers:
        if init == "xavier":
            nn.init.xavier_normal_(l.weight)
        elif init == "kaiming":
            nn.init.kaiming_normal_(l.weight, nonlinearity="relu")
        nn.init.zeros_(l.bias)
    x = torch.randn(128, 64)
    stds = []
    with torch.no_grad():
        for l in layers:
            x = torch.relu(l(x))
            stds.append(round(x.std().item(), 3))
    return stds

for init in ("default", "xavier", "kaiming"):
    print(init, run(init)[::3])
w = torch.empty(3, 5)
print(nn.init.kaiming_uniform_(w, a=0, mode="fan_out").abs().max() <= (6 / 3) ** 0.5)
print(nn.init.trunc_normal_(torch.empty(1000), std=0.02).abs().max() <= 2)
print(nn.init._calculate_fan_in_and_fan_out(torch.empty(16, 3, 5, 5)))
