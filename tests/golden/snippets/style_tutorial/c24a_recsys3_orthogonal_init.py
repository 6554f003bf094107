# Orthogonal and other initialisations of small factor tables
import torch
import torch.nn as nn

torch.manual_seed(42)
w = nn.init.orthogonal_(torch.empty(3, 5))
print(w.shape, torch.allclose(w @ w.T, torch.eye(3), atol=1e-5))
e = nn.Embedding(4, 3)
nn.init.zeros_(e.weight)
print(e.weight.sum().item())
nn.init.eye_(e.weight)
print(e.weight)
nn.init.constant_(e.weight, 0.25)
print(e.weight[0])
try:
    nn.init.eye_(torch.empty(2, 2, 2))
except ValueError as e2:
    print(e2)
