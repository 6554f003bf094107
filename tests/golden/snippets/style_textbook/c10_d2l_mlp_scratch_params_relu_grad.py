# MLP from scratch: parameters as nn.Parameter, a hand-written relu, its gradient, and a couple of epochs.
import torch
from torch import nn

torch.manual_seed(3)
num_inputs, num_outputs, num_hiddens = 12, 4, 16
W1 = nn.Parameter(torch.randn(num_inputs, num_hiddens) * 0.01)
b1 = nn.Parameter(torch.zeros(num_hiddens))
W2 = nn.Parameter(torch.randn(num_hiddens, num_outputs) * 0.01)
b2 = nn.Parameter(torch.zeros(num_outputs))
params = [W1, b1, W2, b2]
print(W1)

def relu(X):
    a = torch.zeros_like(X)
    return torch.max(X, a)

x = torch.arange(-2.0, 2.5, 1.0, requires_grad=True)
y = relu(x)
y.backward(torch.ones_like(x))
print(y, x.grad)
x.grad = None
torch.relu(x).sum().backward()
print(x.grad)

def net(X):
    X = X.reshape((-1, num_inputs))
    H = relu(X @ W1 + b1)
    return H @ W2 + b2

X = torch.randn(40, num_inputs)
labels = (X[:, :4].argmax(1))
loss = nn.CrossEntropyLoss(reduction="none")
updater = torch.optim.SGD(params, lr=0.5)
for epoch in range(5):
    l = loss(net(X), labels)
    updater.zero_grad()
    l.mean().backward()
    updater.step()
    acc = (net(X).argmax(1) == labels).float().mean().item()
    print(epoch, l.mean().item(), acc)
