# Learning the edge kernel with nn.Conv2d and a manual update.
import torch
from torch import nn

torch.manual_seed(16)
X = torch.ones((6, 8))
X[:, 2:6] = 0
Y = torch.zeros((6, 7))
Y[:, 1] = 1
Y[:, 5] = -1
conv2d = nn.Conv2d(1, 1, kernel_size=(1, 2), bias=False)
X = X.reshape((1, 1, 6, 8))
Y = Y.reshape((1, 1, 6, 7))
lr = 3e-2
for i in range(10):
    Y_hat = conv2d(X)
    l = (Y_hat - Y) ** 2
    conv2d.zero_grad()
    l.sum().backward()
    conv2d.weight.data[:] -= lr * conv2d.weight.grad
    if (i + 1) % 2 == 0:
        print(f'epoch {i + 1}, loss {l.sum():.3f}')
print(conv2d.weight.data.reshape((1, 2)))
