# Regularization chapter: dropout from scratch compared with nn.Dropout.
import torch
from torch import nn

def dropout_layer(X, dropout):
    assert 0 <= dropout <= 1
    if dropout == 1:
        return torch.zeros_like(X)
    mask = (torch.rand(X.shape) > dropout).float()
    return mask * X / (1.0 - dropout)

torch.manual_seed(42)
X = torch.arange(16, dtype=torch.float32).reshape((2, 8))
print(dropout_layer(X, 0.))
print(dropout_layer(X, 0.5))
print(dropout_layer(X, 1.))
torch.manual_seed(42)
print(nn.functional.dropout(X, 0.5))
print(nn.functional.dropout(X, 0.5, training=False))
a = nn.AlphaDropout(0.2)
torch.manual_seed(0)
print(a(torch.randn(2, 4)))
