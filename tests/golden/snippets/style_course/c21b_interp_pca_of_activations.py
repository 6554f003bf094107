# PCA of hidden activations to see how many directions carry the variance
import torch
from torch import nn

torch.manual_seed(9)
layer = nn.Sequential(nn.Linear(2, 6), nn.Tanh())
X = torch.randn(50, 2)
with torch.no_grad():
    H = layer(X)
Hc = H - H.mean(dim=0)
U, S, Vh = torch.linalg.svd(Hc, full_matrices=False)
explained = S ** 2 / (S ** 2).sum()
print(S.shape, Vh.shape)
print(explained.round(decimals=4))
print(explained.cumsum(0)[:2])
proj = Hc @ Vh[:2].T
print(proj[:3].abs())
