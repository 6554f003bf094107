# EMA of generator weights with torch.no_grad and lerp_
import copy
import torch
import torch.nn as nn

torch.manual_seed(64)
G = nn.Linear(2, 2)
ema = copy.deepcopy(G)
for p in ema.parameters():
    p.requires_grad_(False)
with torch.no_grad():
    for p in G.parameters():
        p.add_(1.0)
    for pe, p in zip(ema.parameters(), G.parameters()):
        pe.lerp_(p, 0.1)
print(torch.allclose(ema.weight, G.weight - 0.9))
print(ema.weight.requires_grad, G.weight.requires_grad)
print([n for n, _ in ema.named_parameters()])
