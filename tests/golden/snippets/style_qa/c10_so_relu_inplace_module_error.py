# Q: nn.ReLU(inplace=True) after a sigmoid breaks backward; after a Linear it is fine.
import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(5, 3)
ok = nn.Sequential(nn.Linear(3, 4), nn.ReLU(inplace=True), nn.Linear(4, 1))
ok(x).sum().backward()
print(ok[0].weight.grad.abs().sum() > 0)
bad = nn.Sequential(nn.Linear(3, 4), nn.Sigmoid(), nn.ReLU(inplace=True), nn.Linear(4, 1))
print(bad)
try:
    bad(x).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
tanh_then = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.ReLU(inplace=True))
try:
    tanh_then(x).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
leaky = nn.Sequential(nn.Linear(3, 4), nn.LeakyReLU(0.1, inplace=True))
out = leaky(x)
print(out.grad_fn)
out.sum().backward()
print(leaky[0].bias.grad)
print(nn.ReLU(inplace=True), nn.Dropout(0.5, inplace=True))
