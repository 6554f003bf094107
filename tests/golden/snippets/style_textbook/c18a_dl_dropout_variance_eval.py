# Dropout keeps the mean but raises the variance: Monte Carlo estimate over many masks
import torch
from torch import nn

torch.manual_seed(33)
x = torch.ones(100000)
for p in (0.1, 0.5, 0.9):
    y = nn.functional.dropout(x, p=p, training=True)
    print(f"p={p}: mean {y.mean().item():.4f}, var {y.var().item():.4f}, theory {p / (1 - p):.4f}, zeros {(y == 0).float().mean().item():.4f}")
