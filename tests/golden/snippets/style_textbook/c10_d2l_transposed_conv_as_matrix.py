# Transposed convolution: the d2l trans_conv loop, nn.ConvTranspose2d, and both as multiplication by a matrix.
import torch
from torch import nn

def trans_conv(X, K):
    h, w = K.shape
    Y = torch.zeros((X.shape[0] + h - 1, X.shape[1] + w - 1))
    for i in range(X.shape[0]):
        for j in range(X.shape[1]):
            Y[i: i + h, j: j + w] += X[i, j] * K
    return Y

X = torch.tensor([[0.0, 1.0], [2.0, 3.0]])
K = torch.tensor([[0.0, 1.0], [2.0, 3.0]])
print(trans_conv(X, K))
X4, K4 = X.reshape(1, 1, 2, 2), K.reshape(1, 1, 2, 2)
tconv = nn.ConvTranspose2d(1, 1, kernel_size=2, bias=False)
tconv.weight.data = K4
print(tconv(X4))
tconv = nn.ConvTranspose2d(1, 1, kernel_size=2, padding=1, bias=False)
tconv.weight.data = K4
print(tconv(X4))
tconv = nn.ConvTranspose2d(1, 1, kernel_size=2, stride=2, bias=False)
tconv.weight.data = K4
print(tconv(X4))
torch.manual_seed(0)
Xr = torch.rand(size=(1, 10, 16, 16))
conv = nn.Conv2d(10, 20, kernel_size=5, padding=2, stride=3)
tconv = nn.ConvTranspose2d(20, 10, kernel_size=5, padding=2, stride=3)
print(tconv(conv(Xr)).shape == Xr.shape)

def kernel2matrix(K):
    k, W = torch.zeros(5), torch.zeros((4, 9))
    k[:2], k[3:5] = K[0, :], K[1, :]
    W[0, :5], W[1, 1:6], W[2, 3:8], W[3, 4:] = k, k, k, k
    return W

Xm = torch.arange(9.0).reshape(3, 3)
W = kernel2matrix(K)
print(W)
conv_y = nn.functional.conv2d(Xm.reshape(1, 1, 3, 3), K4)
print(conv_y.reshape(-1) == torch.matmul(W, Xm.reshape(-1)))
Z = trans_conv(conv_y.reshape(2, 2), K)
print(Z == torch.matmul(W.T, conv_y.reshape(-1)).reshape(3, 3))
