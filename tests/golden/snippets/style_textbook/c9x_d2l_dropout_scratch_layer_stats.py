# dropout_layer from scratch: the mask's effect for several probabilities, and its gradient.
import torch

def dropout_layer(X, dropout):
    assert 0 <= dropout <= 1
    if dropout == 1:
        return torch.zeros_like(X)
    mask = (torch.rand(X.shape) > dropout).float()
    return mask * X / (1.0 - dropout)

torch.manual_seed(4)
X = torch.arange(16, dtype=torch.float32).reshape((2, 8))
print("dropout_p = 0:", dropout_layer(X, 0))
print("dropout_p = 0.5:", dropout_layer(X, 0.5))
print("dropout_p = 1:", dropout_layer(X, 1))
big = torch.ones(1000)
for p in (0.1, 0.5, 0.9):
    out = dropout_layer(big, p)
    print(p, (out == 0).float().mean().item(), out.mean().item())
x = torch.ones(6, requires_grad=True)
y = dropout_layer(x, 0.5)
y.sum().backward()
print(y, x.grad)
try:
    dropout_layer(X, 1.5)
except AssertionError as e:
    print("AssertionError", repr(e))
