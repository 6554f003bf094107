# loading a generator checkpoint into a different architecture
import torch
import torch.nn as nn

G_small = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 2))
G_big = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 2), nn.Tanh())
try:
    G_big.load_state_dict(G_small.state_dict())
except RuntimeError as e:
    print(e)
G3 = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 2), nn.Linear(2, 2))
print(G3.load_state_dict(G_small.state_dict(), strict=False))
