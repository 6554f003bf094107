# Dropout's effect: the fraction of zeros and the mean after nn.Dropout at several rates, train versus eval.
import torch
from torch import nn

torch.manual_seed(0)
X = torch.ones(1000)
for p in (0.0, 0.2, 0.5, 0.8):
    d = nn.Dropout(p)
    out = d(X)
    print(f"p={p}: zeros={(out == 0).float().mean().item():.3f} mean={out.mean().item():.3f} max={out.max().item():.3f}")
d.eval()
print(d(X).mean(), d)
m = torch.nn.functional.dropout(torch.arange(1.0, 9.0), p=0.5, training=True)
print(m)
print(torch.nn.functional.dropout(torch.ones(3), p=0.5, training=False))
x = torch.ones(2, 3, 2, 2)
print(nn.Dropout2d(0.5)(x)[:, :, 0, 0])
