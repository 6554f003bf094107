# Multi-input/multi-output cross-correlation by hand vs F.conv2d, and learning a 1x2 kernel by gradient descent.
import torch
from torch import nn
import torch.nn.functional as F

def corr2d(X, K):
    h, w = K.shape
    Y = torch.zeros((X.shape[0] - h + 1, X.shape[1] - w + 1))
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            Y[i, j] = (X[i:i + h, j:j + w] * K).sum()
    return Y

def corr2d_multi_in(X, K):
    return sum(corr2d(x, k) for x, k in zip(X, K))

def corr2d_multi_in_out(X, K):
    return torch.stack([corr2d_multi_in(X, k) for k in K], 0)

X = torch.tensor([[[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]],
                  [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]])
K = torch.tensor([[[0.0, 1.0], [2.0, 3.0]], [[1.0, 2.0], [3.0, 4.0]]])
print(corr2d_multi_in(X, K))
K3 = torch.stack((K, K + 1, K + 2), 0)
print(K3.shape)
Y = corr2d_multi_in_out(X, K3)
print(Y)
print(torch.equal(Y, F.conv2d(X[None], K3)[0]))
Xe = torch.ones((6, 8))
Xe[:, 2:6] = 0
Ye = corr2d(Xe, torch.tensor([[1.0, -1.0]]))
conv2d = nn.Conv2d(1, 1, kernel_size=(1, 2), bias=False)
Xe, Ye = Xe.reshape((1, 1, 6, 8)), Ye.reshape((1, 1, 6, 7))
lr = 3e-2
torch.manual_seed(0)
conv2d.weight.data.normal_()
for i in range(10):
    Y_hat = conv2d(Xe)
    l = (Y_hat - Ye) ** 2
    conv2d.zero_grad()
    l.sum().backward()
    conv2d.weight.data[:] -= lr * conv2d.weight.grad
    if (i + 1) % 2 == 0:
        print(f"epoch {i + 1}, loss {l.sum():.3f}")
print(conv2d.weight.data.reshape((1, 2)))
