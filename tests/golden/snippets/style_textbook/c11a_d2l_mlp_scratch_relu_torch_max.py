# d2l MLP from scratch: parameters as nn.Parameter, relu by torch.max against zeros_like, updater via optim.SGD.
import torch
from torch import nn

torch.manual_seed(21)
num_inputs, num_outputs, num_hiddens = 20, 3, 32
W1 = nn.Parameter(torch.randn(num_inputs, num_hiddens, requires_grad=True) * 0.01)
b1 = nn.Parameter(torch.zeros(num_hiddens, requires_grad=True))
W2 = nn.Parameter(torch.randn(num_hiddens, num_outputs, requires_grad=True) * 0.01)
b2 = nn.Parameter(torch.zeros(num_outputs, requires_grad=True))
params = [W1, b1, W2, b2]

def relu(X):
    a = torch.zeros_like(X)
    return torch.max(X, a)

print(relu(torch.tensor([-1.0, 0.0, 2.5])))

def net(X):
    X = X.reshape((-1, num_inputs))
    H = relu(X @ W1 + b1)
    return (H @ W2 + b2)

loss = nn.CrossEntropyLoss(reduction='none')
X = torch.randn(60, num_inputs)
y = (X[:, 0] > 0).long() + (X[:, 1] > 0.5).long()
updater = torch.optim.SGD(params, lr=0.5)
for epoch in range(5):
    for i in range(0, 60, 20):
        l = loss(net(X[i:i + 20]), y[i:i + 20])
        updater.zero_grad()
        l.mean().backward()
        updater.step()
    with torch.no_grad():
        acc = (net(X).argmax(1) == y).float().mean()
    print(f'epoch {epoch + 1}, loss {l.mean():f}, acc {acc:.3f}')
print(W1.grad.abs().sum(), (relu(X @ W1 + b1) == 0).float().mean())
