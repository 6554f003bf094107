# Padding and stride: output shapes of Conv2d for several settings, checked with the formula.
import torch
from torch import nn

def comp_conv2d(conv2d, X):
    X = X.reshape((1, 1) + X.shape)
    Y = conv2d(X)
    return Y.reshape(Y.shape[2:])

torch.manual_seed(0)
X = torch.rand(size=(8, 8))
print(comp_conv2d(nn.Conv2d(1, 1, kernel_size=3, padding=1), X).shape)
print(comp_conv2d(nn.Conv2d(1, 1, kernel_size=(5, 3), padding=(2, 1)), X).shape)
print(comp_conv2d(nn.Conv2d(1, 1, kernel_size=3, padding=1, stride=2), X).shape)
print(comp_conv2d(nn.Conv2d(1, 1, kernel_size=(3, 5), padding=(0, 1), stride=(3, 4)), X).shape)
print(comp_conv2d(nn.Conv2d(1, 1, kernel_size=3, padding='same'), X).shape)
conv = nn.Conv2d(1, 1, kernel_size=(1, 2), bias=False)
conv.weight.data = torch.tensor([[[[1.0, -1.0]]]])
print(conv(torch.ones(1, 1, 2, 3)))
