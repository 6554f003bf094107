# fast.ai from scratch: mean and std of activations through 10 ReLU layers, naive init vs kaiming vs shifted ReLU.
import math
import torch
import torch.nn as nn

torch.manual_seed(42)
x = torch.randn(256, 50)

def stats(init, act):
    h = x
    out = []
    for i in range(10):
        w = init(50, 50)
        h = act(h @ w)
        out.append((round(h.mean().item(), 3), round(h.std().item(), 3)))
    return out

naive = lambda i, o: torch.randn(i, o) * 0.1
kaiming = lambda i, o: torch.randn(i, o) * math.sqrt(2 / i)
relu = torch.relu
shifted = lambda t: torch.relu(t) - 0.5
for name, init, act in [('naive', naive, relu), ('kaiming', kaiming, relu), ('kaiming-shift', kaiming, shifted)]:
    s = stats(init, act)
    print(f'{name:14s} first {s[0]} last {s[-1]}')
w = torch.empty(50, 50)
nn.init.kaiming_normal_(w, mode='fan_out', nonlinearity='relu')
print(round(w.std().item(), 2), round(math.sqrt(2 / 50), 4))
print(nn.init.calculate_gain('relu'), nn.init.calculate_gain('leaky_relu', 0.1), nn.init.calculate_gain('tanh'))
l = nn.Linear(50, 50)
print(round(l.weight.std().item() * math.sqrt(3 * 50), 1), l.weight.abs().max().item() <= 1 / math.sqrt(50))
