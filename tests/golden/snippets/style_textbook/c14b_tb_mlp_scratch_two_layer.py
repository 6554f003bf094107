# MLP from scratch: our own relu via torch.max, two weight matrices, CrossEntropyLoss(reduction='none').
import torch
from torch import nn

def relu(X):
    a = torch.zeros_like(X)
    return torch.max(X, a)

torch.manual_seed(3)
num_inputs, num_hiddens, num_outputs = 6, 8, 3
W1 = nn.Parameter(torch.randn(num_inputs, num_hiddens) * 0.1)
b1 = nn.Parameter(torch.zeros(num_hiddens))
W2 = nn.Parameter(torch.randn(num_hiddens, num_outputs) * 0.1)
b2 = nn.Parameter(torch.zeros(num_outputs))
params = [W1, b1, W2, b2]
X = torch.randn(10, num_inputs)
y = torch.tensor([0, 1, 2, 1, 0, 2, 2, 1, 0, 0])
loss_fn = nn.CrossEntropyLoss(reduction='none')
for step in range(4):
    H = relu(X @ W1 + b1)
    out = H @ W2 + b2
    l = loss_fn(out, y)
    l.mean().backward()
    with torch.no_grad():
        for p in params:
            p -= 0.3 * p.grad
            p.grad.zero_()
    print(step, l.shape, l.mean().item())
print(l, relu(torch.tensor([-1.5, 0.0, 2.5])))
print(W2.grad, type(W2), W2.is_leaf)
