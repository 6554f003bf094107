# Dropout written as a function: a random mask scaled by 1 / (1 - p).
import torch

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
drop = torch.nn.Dropout(0.5)
print(drop(torch.ones(2, 6)))
drop.eval()
print(drop(torch.ones(2, 6)))
