# An MLP from scratch: nn.Parameter weights, relu via torch.max, one forward pass.
import torch
from torch import nn

torch.manual_seed(8)
num_inputs, num_outputs, num_hiddens = 12, 3, 8
W1 = nn.Parameter(torch.randn(num_inputs, num_hiddens) * 0.01)
b1 = nn.Parameter(torch.zeros(num_hiddens))
W2 = nn.Parameter(torch.randn(num_hiddens, num_outputs) * 0.01)
b2 = nn.Parameter(torch.zeros(num_outputs))

def relu(X):
    a = torch.zeros_like(X)
    return torch.max(X, a)

X = torch.randn(2, num_inputs)
H = relu(X @ W1 + b1)
out = H @ W2 + b2
print(H)
print(out, out.grad_fn)
print(W1)
