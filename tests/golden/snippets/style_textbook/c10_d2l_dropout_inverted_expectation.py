# Inverted dropout: the kept entries are scaled by 1/(1-p), so the expectation is preserved; module vs function.
import torch
from torch import nn

def dropout_layer(X, dropout):
    assert 0 <= dropout <= 1
    if dropout == 1:
        return torch.zeros_like(X)
    mask = (torch.rand(X.shape) > dropout).float()
    return mask * X / (1.0 - dropout)

torch.manual_seed(0)
X = torch.arange(16, dtype=torch.float32).reshape((2, 8))
print(dropout_layer(X, 0.0))
print(dropout_layer(X, 0.5))
print(dropout_layer(X, 1.0))
big = torch.ones(10000)
for p in (0.2, 0.5, 0.8):
    d = dropout_layer(big, p)
    print(p, round(d.mean().item(), 3), (d == 0).float().mean().item())
drop = nn.Dropout(0.25)
y = drop(torch.ones(2, 6))
print(y)
print(torch.unique(y))
drop.eval()
print(drop(torch.ones(2, 6)))
print(nn.functional.dropout(torch.ones(4), p=0.5, training=False))
x = torch.ones(6, requires_grad=True)
out = nn.functional.dropout(x, p=0.5, training=True)
out.sum().backward()
print(out, x.grad)
try:
    nn.Dropout(1.5)
except ValueError as e:
    print("ValueError:", e)
