# Three attention scoring functions side by side: dot, scaled dot, additive
import math
import torch
from torch import nn

torch.manual_seed(35)
q = torch.randn(1, 6)
k = torch.randn(5, 6)
dot = q @ k.T
scaled = dot / math.sqrt(6)
W_q, W_k, w_v = nn.Linear(6, 4, bias=False), nn.Linear(6, 4, bias=False), nn.Linear(4, 1, bias=False)
additive = w_v(torch.tanh(W_q(q) + W_k(k))).T
for name, s in (("dot", dot), ("scaled", scaled), ("additive", additive)):
    w = torch.softmax(s, dim=-1)
    print(f"{name:<9} weights {w.detach().numpy().round(4)} entropy {-(w * w.log()).sum().item():.4f}")
