# MLP from scratch with our own relu, compared against the nn.Sequential version
import torch
from torch import nn

def relu(X):
    a = torch.zeros_like(X)
    return torch.max(X, a)

torch.manual_seed(2)
W1 = nn.Parameter(torch.randn(6, 10) * 0.01)
b1 = nn.Parameter(torch.zeros(10))
W2 = nn.Parameter(torch.randn(10, 3) * 0.01)
b2 = nn.Parameter(torch.zeros(3))
X = torch.randn(4, 6)
H = relu(X @ W1 + b1)
out = H @ W2 + b2
ref = nn.Sequential(nn.Linear(6, 10), nn.ReLU(), nn.Linear(10, 3))
with torch.no_grad():
    ref[0].weight.copy_(W1.T); ref[0].bias.copy_(b1)
    ref[2].weight.copy_(W2.T); ref[2].bias.copy_(b2)
print(torch.allclose(out, ref(X)))
print(out.grad_fn, relu(torch.tensor([-1.0, 0.0, 2.0])))
