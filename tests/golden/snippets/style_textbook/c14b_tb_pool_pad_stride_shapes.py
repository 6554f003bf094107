# Padding, stride and pooling: output shapes from a helper, pooling by hand vs nn.MaxPool2d/AvgPool2d.
import torch
from torch import nn

def out_shape(conv, X):
    return conv(X.reshape((1, 1) + X.shape)).shape[2:]

X = torch.rand(size=(9, 7))
print(out_shape(nn.Conv2d(1, 1, kernel_size=3, padding=1), X))
print(out_shape(nn.Conv2d(1, 1, kernel_size=(5, 3), padding=(2, 1)), X))
print(out_shape(nn.Conv2d(1, 1, kernel_size=3, padding=1, stride=2), X))
print(out_shape(nn.Conv2d(1, 1, kernel_size=(3, 4), padding=(0, 1), stride=(3, 2)), X))

def pool2d(X, size, mode='max'):
    p_h, p_w = size
    Y = torch.zeros((X.shape[0] - p_h + 1, X.shape[1] - p_w + 1))
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            window = X[i:i + p_h, j:j + p_w]
            Y[i, j] = window.max() if mode == 'max' else window.mean()
    return Y

G = torch.arange(12, dtype=torch.float32).reshape(3, 4)
print(pool2d(G, (2, 2)), pool2d(G, (2, 3), 'avg'))
G4 = G.reshape(1, 1, 3, 4)
print(nn.MaxPool2d(2, stride=1)(G4), nn.AvgPool2d((2, 3), stride=1)(G4))
print(nn.MaxPool2d(2, padding=1, stride=2)(G4))
