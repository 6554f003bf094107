# MLP from scratch with a hand-written relu and nn.CrossEntropyLoss(reduction='none').
import torch
from torch import nn

torch.manual_seed(2)
num_inputs, num_outputs, num_hiddens = 8, 4, 16
W1 = nn.Parameter(torch.randn(num_inputs, num_hiddens) * 0.01)
b1 = nn.Parameter(torch.zeros(num_hiddens))
W2 = nn.Parameter(torch.randn(num_hiddens, num_outputs) * 0.01)
b2 = nn.Parameter(torch.zeros(num_outputs))
params = [W1, b1, W2, b2]

def relu(X):
    a = torch.zeros_like(X)
    return torch.max(X, a)

def net(X):
    X = X.reshape((-1, num_inputs))
    H = relu(X @ W1 + b1)
    return H @ W2 + b2

print(relu(torch.tensor([-1.0, 0.0, 2.0])))
loss = nn.CrossEntropyLoss(reduction="none")
X = torch.randn(64, num_inputs)
y = (X[:, :4].argmax(1))
updater = torch.optim.SGD(params, lr=0.5)
for epoch in range(10):
    updater.zero_grad()
    l = loss(net(X), y)
    l.mean().backward()
    updater.step()
    if epoch % 3 == 0:
        acc = (net(X).argmax(1) == y).float().mean()
        print(epoch, l.mean().item(), acc.item())
print(l.shape, l[:4])
print(sum(p.numel() for p in params))
